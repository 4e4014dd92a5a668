import type { ApiResult } from '../../shared/api/api-result';
import type { CurrentPerson, Person } from '../../shared/api/people-types';
import type { BackendHost } from '../backend/host-types';

/**
 * `swf --user NAME …` (issue 20 §2): the person at the terminal, by her name among the fund's active people, and her
 * PIN asked for on the terminal without echo when she has one. The command then acts as her, in her roles.
 */
export async function choosePerson(host: BackendHost, fund: string, name: string): Promise<ApiResult<CurrentPerson>> {
  const people = (await host.dispatch('fund', 'people.list', {}, fund)) as ApiResult<Person[]>;
  if (!people.ok) return people;
  const person = people.value.find((candidate) => candidate.active && candidate.displayName === name.normalize('NFC').trim());
  if (!person) {
    const { translateError } = await import('../backend/messages');
    return { ok: false, error: translateError({ code: 'person-not-found', field: 'user', params: { name } }) };
  }
  const pin = person.hasPin ? await askPin(person.displayName) : undefined;
  return (await host.dispatch(
    'fund',
    'people.signIn',
    { personId: person.id, ...(pin === undefined ? {} : { pin }) },
    fund,
  )) as ApiResult<CurrentPerson>;
}

/** Reads the PIN with nothing shown: the terminal in raw mode, or one line of a pipe when there is no terminal. */
function askPin(name: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(`PIN (${name}): `);
  return new Promise((done) => {
    let typed = '';
    const finish = () => {
      input.off('data', onData);
      if (input.isTTY) input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      done(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const character of chunk.toString('utf8')) {
        if (character === '\r' || character === '\n') return finish();
        // Ctrl-C leaves at once, as it would anywhere else on the terminal.
        if (character === '\u0003') process.exit(130);
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    if (input.isTTY) input.setRawMode(true);
    input.on('data', onData);
    input.on('end', finish);
    input.resume();
  });
}
