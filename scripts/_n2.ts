import { findActors } from '../src/read/actors';
const show = (h: string, ...p: string[]) => console.log(JSON.stringify(findActors(h, p).map((a) => `${a.id}:${a.name}:${a.kind}:${a.role[0]}`)));
show('Talks resume', 'Leader Pak Tae-sung said on Monday the talks would resume. Pak said more.');
show('Talks resume', 'Leader Pak Tae Sung said on Monday the talks would resume. Pak said more.');
show('Pak Tae-sung inspects missile launch', 'Pak Tae-sung oversaw the launch, state media said.');
show('Pak Tae Sung inspects missile launch', 'Pak Tae Sung oversaw the launch, state media said.');
show('Talks', 'Mr Pak said the talks would resume, Pak Tae-sung told reporters.');
show('Talks', 'Mr Pak said the talks would resume, Pak Tae Sung told reporters.');
