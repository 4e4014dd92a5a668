import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, List, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearEndChecklist, YearEndItem } from '../../../shared/api/books-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { toBuddhistYear } from '../../../shared/domain/calendar-date';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import { WriteAction } from '../../app/fund-access';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { MoneyInput } from '../../components/MoneyInput';
import { localized } from '../../components/api-errors';
import { newRequestId } from '../../components/today';
import { FiscalYearSelect, useFiscalYears } from '../reports/FiscalYearSelect';

/**
 * The year-end checklist (issue 16 §4): cash counted against the cash book, every bank account reconciled at the
 * year end, the trial balance at zero, §10 and the status form produced, the year locked; each with its evidence.
 */
export function YearEndChecklistCard({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const years = useFiscalYears();
  const [year, setYear] = useState<number>();
  const [list, setList] = useState<YearEndChecklist>();
  const [countedOn, setCountedOn] = useState('');
  const [counted, setCounted] = useState('');
  const [problem, setProblem] = useState<string>();
  const [version, setVersion] = useState(0);
  const fiscalYear = year ?? (years ? Math.max(years.years[years.years.length - 1] ?? years.current, years.current - 1) : undefined);
  useEffect(() => {
    if (fiscalYear === undefined) return;
    void api.fund['yearEnd.checklist']({ fiscalYear }).then((result) => {
      if (!result.ok) return;
      setList(result.value);
      setCountedOn((value) => value || result.value.yearEnd);
    });
  }, [fiscalYear, version]);

  async function saveCount() {
    const result = await api.fund['yearEnd.recordCashCount']({
      requestId: newRequestId(),
      countedOn,
      countedSatang: parseBaht(counted) ?? Number.NaN,
    });
    if (!result.ok) return setProblem(localized(result.error.message));
    setProblem(undefined);
    void message.success(t('ui.books.reconcile.saved'));
    setVersion((value) => value + 1);
  }

  const date = (value: string | null) => (value ? formatDate(value, language) : '');
  const evidence = (item: YearEndItem): string => {
    const { evidence: proof } = item;
    switch (item.key) {
      case 'cashCounted':
        return proof.date
          ? t('ui.books.yearEnd.counted', {
              counted: formatBaht(proof.amountSatang ?? 0),
              book: formatBaht(proof.bookSatang ?? 0),
              date: date(proof.date),
            })
          : '';
      case 'banksReconciled':
        return proof.accounts
          .map((account) =>
            t('ui.books.yearEnd.bank', {
              name: language === 'en' ? account.nameEn : account.nameTh,
              state: account.done
                ? t('ui.books.yearEnd.done')
                : account.differenceSatang === null
                  ? t('ui.books.yearEnd.notDone')
                  : t('ui.books.yearEnd.difference', { amount: formatBaht(account.differenceSatang) }),
            }),
          )
          .join(' · ');
      case 'trialBalanceZero':
        return t('ui.books.yearEnd.difference', { amount: formatBaht(proof.amountSatang ?? 0) });
      case 'yearLocked':
        return proof.date ? t('ui.books.yearEnd.lockedThrough', { date: date(proof.date) }) : '';
      default:
        return proof.date ? t('ui.books.yearEnd.on', { date: date(proof.date) }) : '';
    }
  };

  return (
    <Card
      title={
        list ? t('ui.books.yearEnd.title', { year: toBuddhistYear(list.fiscalYear), date: date(list.yearEnd) }) : t('ui.books.tabs.yearEnd')
      }
      extra={years && <FiscalYearSelect years={years.years} value={fiscalYear} onChange={setYear} testId="year-end-year" />}
      data-testid="year-end"
    >
      {list?.complete && <Alert type="success" showIcon title={t('ui.books.yearEnd.complete')} style={{ marginBottom: 12 }} />}
      <List<YearEndItem>
        dataSource={list?.items ?? []}
        renderItem={(item) => (
          <List.Item
            data-testid={`year-end-${item.key}`}
            extra={
              item.key === 'yearLocked' && !item.done ? (
                <Button onClick={() => navigate({ page: 'settings' })}>{t('ui.menu.settings')}</Button>
              ) : undefined
            }
          >
            <List.Item.Meta
              avatar={item.done ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#faad14" />}
              title={`${t(`ui.books.yearEnd.items.${item.key}`)} — ${item.done ? t('ui.books.yearEnd.done') : t('ui.books.yearEnd.notDone')}`}
              description={evidence(item)}
            />
          </List.Item>
        )}
      />
      <Typography.Title level={5}>{t('ui.books.yearEnd.countTitle')}</Typography.Title>
      <Space wrap>
        <Typography.Text>{t('ui.books.yearEnd.countedOn')}</Typography.Text>
        <BuddhistDateInput value={countedOn} onChange={(value?: string) => setCountedOn(value ?? '')} data-testid="count-date" />
        <Typography.Text>{t('ui.books.yearEnd.countedAmount')}</Typography.Text>
        <MoneyInput value={counted} onChange={setCounted} showWords={false} data-testid="count-amount" />
        <WriteAction>
          <Button type="primary" onClick={() => void saveCount()} data-testid="count-save">
            {t('ui.books.yearEnd.saveCount')}
          </Button>
        </WriteAction>
      </Space>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
    </Card>
  );
}
