import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdminCostCheck } from '../../../shared/api/other-money-types';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht } from '../../../shared/domain/money/money-format';

/**
 * Decision 14's figures: the limit, spent so far this fiscal year, this voucher and the total after it. Four to a
 * line on the form, two in the narrower confirmation; a figure never wraps inside itself.
 */
export function AdminCostFigures({ check, columns = 4 }: { check: AdminCostCheck; columns?: number }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={columns}
      bordered
      styles={{ content: { whiteSpace: 'nowrap' } }}
      data-testid="admin-cost-figures"
      items={[
        { key: 'limit', label: t('ui.otherMoney.adminCost.limit'), children: formatBaht(check.limitSatang) },
        { key: 'spent', label: t('ui.otherMoney.adminCost.spent'), children: formatBaht(check.spentSatang) },
        { key: 'this', label: t('ui.otherMoney.adminCost.this'), children: formatBaht(check.thisSatang) },
        { key: 'after', label: t('ui.otherMoney.adminCost.after'), children: <strong>{formatBaht(check.afterSatang)}</strong> },
      ]}
    />
  );
}

/** The check as the expense form shows it while the amount is typed: a warning when this voucher passes the limit. */
export function AdminCostPanel({ check }: { check: AdminCostCheck }) {
  const { t } = useTranslation();
  const year = toBuddhistYear(check.fiscalYear);
  const rule = t('ui.otherMoney.adminCost.rule', { percent: check.percent, base: formatBaht(check.baseSatang) });
  return (
    <Alert
      type={check.exceeds ? 'warning' : 'info'}
      showIcon
      data-testid={check.exceeds ? 'admin-cost-warning' : 'admin-cost-info'}
      style={{ marginBottom: 16 }}
      title={
        check.exceeds
          ? t('ui.otherMoney.adminCost.over', { percent: check.percent, excess: formatBaht(check.afterSatang - check.limitSatang) })
          : `${t('ui.otherMoney.adminCost.title', { year })}: ${t('ui.otherMoney.adminCost.within', { left: formatBaht(check.limitSatang - check.afterSatang) })}`
      }
      description={
        <>
          <div style={{ marginBottom: 8 }}>
            {t('ui.otherMoney.adminCost.title', { year })} · {rule}
          </div>
          <AdminCostFigures check={check} />
        </>
      }
    />
  );
}
