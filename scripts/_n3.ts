import type { ActorRef, Item } from '../src/model/types';
import { ActorIdentities } from '../src/chronology/actor-identity';
const person = (name: string, id = name.toLowerCase().replace(/[\s-]+/g, '-')): ActorRef => ({ id, name, kind: 'person', role: 'principal' });
const item = (...actors: ActorRef[]) => ({ actors } as unknown as Item);
for (const names of [['Pak Tae-sung', 'Pak Tae Sung'], ['Pak Tae Sung', 'Pak Tae-sung'], ['Pak Taesung', 'Pak Tae Sung'], ['Pak Tae Sung', 'Pak Taesung'], ['Pak Tae-sung', 'Pak Taesung', 'Pak Tae Sung']]) {
  const ids = new ActorIdentities();
  const pages = names.map((n) => [item(person(n))]);
  for (const p of pages) ids.resolvePage(p);
  console.log(names.join(' / '), '->', pages.map((p) => p[0]!.actors[0]!.id).join(' '));
}
