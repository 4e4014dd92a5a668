import { Alert, Button, Card, Descriptions, InputNumber, Progress, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WelfareTypeView, WelfareWhatIf } from '../../../shared/api/fund-types';
import { formatBaht } from '../../../shared/domain/money/money-format';
import { ruleInForce } from '../../../shared/domain/welfare/rules';
import { runJob } from '../../api/run-job';
import { BuddhistDateInput } from '../../components/BuddhistDateInput';
import { localized } from '../../components/api-errors';
import { todayIso } from '../../components/today';
import { WhyDisabled } from '../../components/WhyDisabled';

/**
 * "What would it cost if every member claimed this on this date?" — the engine judges each member, nothing is
 * written. It runs as a job with a progress bar (A4): on a 30,000-member fund it takes a few seconds.
 */
export function WhatIfCard({ types }: { types: WelfareTypeView[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [typeId, setTypeId] = useState<number | undefined>(types[0]?.id);
  const [eventDate, setEventDate] = useState(todayIso());
  const [units, setUnits] = useState<number | null>(1);
  const [progress, setProgress] = useState<number>();
  const [result, setResult] = useState<WelfareWhatIf>();
  const [problem, setProblem] = useState<string>();
  const type = types.find((candidate) => candidate.id === typeId);
  const rule = type && /^\d{4}-\d{2}-\d{2}$/.test(eventDate) ? ruleInForce(type.versions, eventDate) : undefined;
  const perUnit = rule?.amount.kind === 'per-unit';

  async function run() {
    if (typeId === undefined) return;
    setProgress(0);
    setResult(undefined);
    const recipient = rule?.recipients.includes('member') ? 'member' : 'beneficiary';
    const outcome = await runJob<WelfareWhatIf>(
      'welfare.whatIf',
      { typeId, eventDate, recipient, units: perUnit ? units : null },
      (status) => setProgress(status.total ? Math.round((100 * status.done) / status.total) : 0),
    );
    setProgress(undefined);
    if (!outcome.ok) return setProblem(localized(outcome.error.message));
    setProblem(undefined);
    setResult(outcome.value);
  }

  return (
    <Card title={t('ui.whatIf.title')} style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ width: 240 }}
          value={typeId}
          onChange={setTypeId}
          options={types.map((candidate) => ({ value: candidate.id, label: language === 'en' ? candidate.nameEn : candidate.nameTh }))}
          data-testid="what-if-type"
        />
        <BuddhistDateInput value={eventDate} onChange={setEventDate} style={{ width: 140 }} data-testid="what-if-date" />
        {perUnit && (
          <InputNumber
            min={1}
            max={366}
            value={units}
            onChange={setUnits}
            addonAfter={t(`ui.welfare.words.${rule.amount.kind === 'per-unit' ? rule.amount.unit : 'day'}`)}
          />
        )}
        <WhyDisabled
          reason={progress !== undefined ? t('ui.whyDisabled.working') : typeId === undefined ? t('ui.whyDisabled.typeFirst') : undefined}
        >
          <Button onClick={() => void run()} disabled={progress !== undefined || typeId === undefined} data-testid="what-if-run">
            {t('ui.whatIf.run')}
          </Button>
        </WhyDisabled>
      </Space>
      {progress !== undefined && <Progress percent={progress} status="active" data-testid="what-if-progress" />}
      {problem && <Alert type="error" showIcon title={problem} />}
      {result && (
        <div data-testid="what-if-result">
          <Descriptions size="small" column={3}>
            <Descriptions.Item label={t('ui.whatIf.members')}>{result.members.toLocaleString('th-TH')}</Descriptions.Item>
            <Descriptions.Item label={t('ui.whatIf.eligible')}>{result.eligible.toLocaleString('th-TH')}</Descriptions.Item>
            <Descriptions.Item label={t('ui.whatIf.total')}>{formatBaht(result.totalSatang)}</Descriptions.Item>
          </Descriptions>
          <Space align="start" wrap>
            <Table
              size="small"
              pagination={false}
              rowKey="amountSatang"
              dataSource={result.amounts}
              columns={[
                { title: t('ui.whatIf.amount'), dataIndex: 'amountSatang', align: 'right', render: (value: number) => formatBaht(value) },
                { title: t('ui.whatIf.count'), dataIndex: 'count', align: 'right' },
              ]}
            />
            {result.refusals.length > 0 && (
              <Table
                size="small"
                pagination={false}
                rowKey="code"
                dataSource={result.refusals}
                columns={[
                  {
                    title: t('ui.whatIf.reason'),
                    dataIndex: 'code',
                    render: (code: string) => t(`ui.whatIf.reasons.${code}`, { defaultValue: code }),
                  },
                  { title: t('ui.whatIf.count'), dataIndex: 'count', align: 'right' },
                ]}
              />
            )}
          </Space>
        </div>
      )}
    </Card>
  );
}
