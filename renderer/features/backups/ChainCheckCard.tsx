import { Alert, Button, Card, Progress, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainReport, ChainState } from '../../../shared/api/audit-chain-types';
import { formatInstant } from '../../../shared/domain/buddhist-date';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';

/**
 * "Check every record" (issue 20 §1): both hash chains recomputed from their first row, as a job with its progress
 * bar. Whole chains show their head (the short form a treasurer can copy onto a paper report); a break names the
 * first row that fails and how, with the way back through a backup.
 */
export function ChainCheckCard() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'th';
  const [percent, setPercent] = useState<number>();
  const [report, setReport] = useState<ChainReport>();
  const [problem, setProblem] = useState<string>();

  async function check() {
    setPercent(0);
    setProblem(undefined);
    const result = await runJob<ChainReport>('audit.verifyChains', {}, (status) =>
      setPercent(status.total ? Math.round((100 * status.done) / status.total) : 0),
    );
    setPercent(undefined);
    if (result.ok) setReport(result.value);
    else setProblem(localized(result.error.message));
  }

  const isBroken = report?.chains.some((chain) => chain.broken !== null) ?? false;
  return (
    <Card title={t('ui.chainCheck.title')} data-testid="chain-check">
      <Typography.Paragraph type="secondary">{t('ui.chainCheck.explain')}</Typography.Paragraph>
      <Button onClick={() => void check()} loading={percent !== undefined} data-testid="chain-check-run">
        {t('ui.chainCheck.run')}
      </Button>
      {percent !== undefined && <Progress percent={percent} status="active" data-testid="chain-check-progress" />}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
      {report && (
        <>
          <Alert
            type={isBroken ? 'error' : 'success'}
            showIcon
            style={{ margin: '12px 0' }}
            data-testid="chain-check-verdict"
            title={t(isBroken ? 'ui.chainCheck.broken' : 'ui.chainCheck.whole', { at: formatInstant(report.checkedAt, language) })}
          />
          <Table<ChainState>
            size="small"
            rowKey="chain"
            pagination={false}
            dataSource={report.chains}
            data-testid="chain-check-table"
            columns={[
              { title: t('ui.chainCheck.chain'), dataIndex: 'chain', render: (chain: ChainState['chain']) => t(`chainNames.${chain}`) },
              { title: t('ui.chainCheck.rows'), dataIndex: 'rows', align: 'right', render: (rows: number) => rows.toLocaleString('th-TH') },
              {
                title: t('ui.chainCheck.head'),
                key: 'head',
                render: (_, chain) => (chain.head ? <Typography.Text code>{chain.head.link.slice(0, 16)}</Typography.Text> : '—'),
              },
              {
                title: t('ui.chainCheck.state'),
                key: 'state',
                render: (_, chain) =>
                  chain.broken ? (
                    <Tag color="red">
                      {t('ui.chainCheck.brokenAt', { rowId: chain.broken.rowId, problem: t(`chainProblems.${chain.broken.problem}`) })}
                    </Tag>
                  ) : (
                    <Tag color="green">{t('ui.chainCheck.ok')}</Tag>
                  ),
              },
            ]}
          />
          {isBroken && <Typography.Paragraph style={{ marginTop: 12 }}>{t('ui.readOnly.restoreHint')}</Typography.Paragraph>}
        </>
      )}
    </Card>
  );
}
