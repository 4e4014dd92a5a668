import { documentText } from '../../messages';

/** A fixed author (the fund's first treasurer, the schedule) by its Thai name, a person by her name (`actorNames`). */
export function actorLabel(actor: string, actorNames: ReadonlyMap<string, string> = new Map()): string {
  const label = documentText(`actors.${actor}`);
  return label === `actors.${actor}` ? (actorNames.get(actor) ?? actor) : label;
}
