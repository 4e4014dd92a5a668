import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';

/**
 * How an audit row's author reads on screen: a person added on the people page is recorded under her UUID, so she is
 * shown by her name; the fund's first person ('treasurer'), the backup schedule and other fixed authors by their
 * translated names; anything else as recorded.
 */
export function useActorLabel(): (actor: string) => string {
  const { t } = useTranslation();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    void api.fund['people.list']({}).then((result) => {
      if (current && result.ok) setNames(new Map(result.value.map((person) => [person.actorKey, person.displayName])));
    });
    return () => {
      current = false;
    };
  }, []);
  return useCallback(
    (actor: string) => {
      const translated = t(`actors.${actor}`, { defaultValue: '' });
      return translated || names.get(actor) || actor;
    },
    [names, t],
  );
}
