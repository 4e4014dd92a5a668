import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { HomeWelfareLine, MembersByStatus, MonthFlow } from '../../../shared/api/home-types';
import { formatPeriod } from '../../../shared/domain/buddhist-date';
import { formatBaht } from '../../../shared/domain/money/money-format';

/*
 * The home screen's charts, drawn by recharts (SVG, offline). Amounts stay in satang in the chart's data; only the
 * axis ticks and the tooltips turn them into baht text. Animation is off: the figures show at once on a slow
 * laptop, and a printed or captured page never catches a bar half grown.
 */

const inflowColor = '#389e0d';
const outflowColor = '#cf1322';
const statusColors: Record<keyof MembersByStatus, string> = {
  active: '#52c41a',
  resigned: '#8c8c8c',
  deceased: '#d4380d',
  lapsed: '#fa8c16',
};

/** A tick in whole baht with thousands separators (the exact figure, to the satang, is in the tooltip). */
function bahtTick(satang: number): string {
  return Math.round(satang / 100).toLocaleString('en-US');
}

function bahtText(satang: unknown, unit: string): string {
  return typeof satang === 'number' ? `${formatBaht(satang)} ${unit}` : '';
}

/** Money in and out in each month of the fiscal year, side by side. */
export function MoneyFlowChart({ months }: { months: readonly MonthFlow[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const data = months.map((month) => ({ ...month, label: formatPeriod(month.period, language).replace(/ \d+$/, '') }));
  return (
    <BarChart responsive data={data} style={{ width: '100%', height: 230 }} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
      <YAxis tickFormatter={bahtTick} tick={{ fontSize: 12 }} width={72} />
      <Tooltip
        formatter={(value) => bahtText(value, t('ui.home.baht'))}
        labelFormatter={(_label, payload) => {
          const period = (payload[0]?.payload as MonthFlow | undefined)?.period;
          return period ? formatPeriod(period, language) : '';
        }}
      />
      <Legend itemSorter="dataKey" />
      <Bar dataKey="inflowSatang" name={t('ui.home.inflow')} fill={inflowColor} isAnimationActive={false} />
      <Bar dataKey="outflowSatang" name={t('ui.home.outflow')} fill={outflowColor} isAnimationActive={false} />
    </BarChart>
  );
}

/** Members by status: one bar each, with its count on it. */
export function MembersChart({ members }: { members: MembersByStatus }) {
  const { t } = useTranslation();
  const statuses = ['active', 'resigned', 'deceased', 'lapsed'] as const;
  const data = statuses.map((status) => ({
    status,
    label: `${t(`statuses.${status}`)} (${members[status].toLocaleString('en-US')})`,
    members: members[status],
  }));
  return (
    <BarChart responsive data={data} style={{ width: '100%', height: 190 }} margin={{ top: 20, right: 8, bottom: 0, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 13 }} />
      <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={56} />
      <Tooltip formatter={(value) => [t('ui.home.people', { count: Number(value) }), t('ui.home.membersAxis')]} />
      <Bar dataKey="members" isAnimationActive={false}>
        {data.map((entry) => (
          <Cell key={entry.status} fill={statusColors[entry.status]} />
        ))}
        <LabelList dataKey="members" position="top" />
      </Bar>
    </BarChart>
  );
}

/** Welfare paid this fiscal year by type: a bar per type, longest first, its amount in baht beside it. */
export function WelfareChart({ types }: { types: readonly HomeWelfareLine[] }) {
  const { t, i18n } = useTranslation();
  const data = [...types]
    .sort((left, right) => right.amountSatang - left.amountSatang)
    .map((type) => ({ ...type, label: i18n.language === 'en' ? type.nameEn : type.nameTh }));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      style={{ width: '100%', height: Math.max(120, 44 * data.length + 40) }}
      margin={{ top: 0, right: 96, bottom: 0, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis type="number" tickFormatter={bahtTick} tick={{ fontSize: 12 }} />
      <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 13 }} />
      <Tooltip formatter={(value) => bahtText(value, t('ui.home.baht'))} />
      <Bar dataKey="amountSatang" name={t('ui.home.welfarePaid')} fill="#1677ff" isAnimationActive={false} barSize={22}>
        <LabelList dataKey="amountSatang" position="right" formatter={(value) => bahtText(value, '')} />
      </Bar>
    </BarChart>
  );
}
