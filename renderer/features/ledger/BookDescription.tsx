import { useTranslation } from 'react-i18next';
import { descriptionKey } from '../../../shared/domain/ledger/description-key';
import { SentenceWithNames } from '../../components/print/NameText';

/** The params of a book line's description that hold a person's name (a member, a payee, a payer). */
const nameParams = ['memberName', 'payee', 'payer'] as const;
type NameParam = (typeof nameParams)[number];

/**
 * A book line's description on screen, each person's name in it kept whole: the browser's Thai line breaker would
 * otherwise cut นายสมหญิง after นาย in a narrow column.
 */
export function BookDescription({ description }: { description: { code: string; params: Record<string, unknown> } }) {
  const { t } = useTranslation();
  const names = Object.fromEntries(
    nameParams.flatMap((key) => (typeof description.params[key] === 'string' ? [[key, description.params[key]]] : [])),
  ) as Record<NameParam, string>;
  return (
    <SentenceWithNames<NameParam>
      sentence={(slots) => t(`descriptions.${descriptionKey(description)}`, { ...description.params, ...slots })}
      names={names}
    />
  );
}
