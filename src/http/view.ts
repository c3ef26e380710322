import { actorFeedCatalogue, outletsOf, type Served, viewOf } from '../chronology/served';
import type { ChronoEvent, Chronology, SeedReport } from '../model/types';
import { knownActors } from '../render/catalogue';
import { knownTotals } from '../render/html';

/** The actor catalogue as feeds count it, once per served chronology. */
const catalogues = new WeakMap<Served, ReturnType<typeof actorFeedCatalogue>>();
const outlets = new WeakMap<Served, string[]>();

/**
 * A request's view of the served chronology, for the renderers (which take a `Chronology`): the
 * events and pages' reports it read, with the catalogue and totals of all of it.
 */
export function servedView(served: Served, events: ChronoEvent[], documents: SeedReport[] = []): Chronology {
  const view = viewOf(served, events, documents);
  let actors = catalogues.get(served);
  if (!actors) catalogues.set(served, (actors = actorFeedCatalogue(served)));
  knownActors(view, actors);
  let o = outlets.get(served);
  if (!o) outlets.set(served, (o = outletsOf(served)));
  knownTotals(view, { documents: served.documents, events: served.events, outlets: o });
  return view;
}
