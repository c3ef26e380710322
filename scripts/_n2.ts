import { findActors } from '../src/read/actors';
import { shapeRule } from '../src/read/actors';
for (const a of findActors('Floods hit the coast', ['Officials in San Ardo de la Vera said on Monday that 200 homes were flooded.'])) console.log(a.id, shapeRule(a.id));
