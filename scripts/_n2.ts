import { findActors } from '../src/read/actors';
const show = (h: string, ...p: string[]) => console.log(JSON.stringify(findActors(h, p).map((a) => `${a.id}:${a.kind}:${a.role[0]}`)));
show('Riots', 'New Uruguay police said 20 people were arrested.');
show('Riots', 'Twenty people were arrested, New Uruguay police said.', 'Uruguay police later said more arrests would follow.');
show('Riots', 'Uruguay police said 20 people were arrested.');
show('Riots', 'In Uruguay police said 20 people were arrested.');
