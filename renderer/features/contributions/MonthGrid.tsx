import { useTranslation } from 'react-i18next';
import type { MemberMonth, MonthState } from '../../../shared/api/fund-types';
import { formatPeriod } from '../../../shared/domain/buddhist-date';

const pickable: MonthState[] = ['overdue', 'due', 'advance'];
const legend: MonthState[] = ['paid', 'overdue', 'due', 'advance'];

/**
 * The member's months in B.E., coloured paid / overdue / due / ahead. Unpaid months are buttons: clicking
 * picks exact months to pay instead of "oldest first" (the receipt number shows on a paid month's tooltip).
 */
export function MonthGrid({ months, picked, onToggle }: { months: MemberMonth[]; picked: string[]; onToggle: (period: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  return (
    <>
      <div className="month-legend">
        {legend.map((state) => (
          <span key={state} className={`month-${state}`}>
            {t(`ui.contributions.monthStates.${state}`)}
          </span>
        ))}
        <span className="month-selected">{t('ui.contributions.monthStates.picked')}</span>
      </div>
      <div className="month-grid" data-testid="month-grid">
        {months.map((month) => {
          const label = formatPeriod(month.period, language);
          const isPicked = picked.includes(month.period);
          const className = `month-cell month-${month.state}${isPicked ? ' month-selected' : ''}`;
          return pickable.includes(month.state) ? (
            <button
              type="button"
              key={month.period}
              className={className}
              aria-pressed={isPicked}
              data-testid={`month-${month.period}`}
              onClick={() => onToggle(month.period)}
            >
              {label}
            </button>
          ) : (
            <div key={month.period} className={className} title={month.receiptNo ?? ''} data-testid={`month-${month.period}`}>
              {label}
            </div>
          );
        })}
      </div>
    </>
  );
}
