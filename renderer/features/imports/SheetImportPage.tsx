import { DownloadOutlined, FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Progress, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../shared/api/api-result';
import type { ProducedFile } from '../../../shared/api/fund-types';
import type { ImportRejectedFile, SheetInfo, SheetPreview } from '../../../shared/api/sheet-import-types';
import { deliverFile } from '../../api/files';
import { pickFile } from '../../api/pick-file';
import { runJob } from '../../api/run-job';
import { WriteAction } from '../../app/fund-access';
import { localized } from '../../components/api-errors';
import { WhyDisabled } from '../../components/WhyDisabled';
import { useTableHeight } from '../../components/use-table-height';
import { ImportMappingTable, type ColumnChoice } from './ImportMappingTable';
import { ImportPreviewTable, type PreviewColumn } from './ImportPreviewTable';

type Busy = { label: string; percent: number };

/** What one import brings to the shared page: its methods, fields, preview columns and words. */
export type SheetImportSetup<F extends string, P, R> = {
  /** The contract's method prefix: `${methods}.template`, `.open`, `.preview`, `.rejected`, `.commit`. */
  methods: 'memberImport' | 'contributionHistory' | 'welfareHistory';
  title: string;
  intro: string;
  back: { label: string; go: () => void };
  fields: readonly F[];
  dateFields: readonly F[];
  previewColumns: readonly PreviewColumn<F, P>[];
  /** What the preview needs beyond the file and the mapping (the member import's default approval words). */
  previewExtras?: Record<string, unknown>;
  /** Inputs shown under the mapping, before the preview. */
  mappingControls?: ReactNode;
  /** What the commit needs beyond the preview (the money account receipts go into), and its inputs. */
  commitExtras?: Record<string, unknown>;
  commitControls?: ReactNode;
  commitLabel: (count: number) => string;
  done: (result: R) => string;
};

/**
 * A sheet import (issue 19): the template to fill, a file brought, its columns mapped (remembered per fund and
 * import), a preview of every row with every problem on its cell — nothing written — then one commit as a job
 * with a progress bar, and the rejected rows as a workbook to fix and bring again. Members, contribution history
 * and welfare history all come through this page.
 */
export function SheetImportPage<F extends string, P, R>({ setup }: { setup: SheetImportSetup<F, P, R> }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [fileId, setFileId] = useState<string>();
  const [sheet, setSheet] = useState<SheetInfo<F>>();
  const [choices, setChoices] = useState<ColumnChoice<F>[]>([]);
  const [preview, setPreview] = useState<SheetPreview<F, P>>();
  const [committed, setCommitted] = useState<R>();
  const [busy, setBusy] = useState<Busy>();
  const busyReason = busy === undefined ? undefined : t('ui.memberImport.whyBusy');
  const committedReason = committed === undefined ? undefined : t('ui.memberImport.whyCommitted');
  const [refusal, setRefusal] = useState<string>();
  const tableHeight = useTableHeight(420);
  const { methods } = setup;

  async function job<T>(method: string, input: unknown, label: string): Promise<ApiResult<T>> {
    setBusy({ label, percent: 0 });
    setRefusal(undefined);
    const result = await runJob<T>(method, input, (status) =>
      setBusy({ label, percent: status.total ? Math.round((100 * status.done) / status.total) : 0 }),
    );
    setBusy(undefined);
    if (!result.ok) setRefusal(localized(result.error.message));
    return result;
  }

  async function deliver(file: ProducedFile | ImportRejectedFile) {
    const delivered = await deliverFile(file);
    if (!delivered.ok) return void message.error(localized(delivered.error.message));
    void message.success(t('ui.exports.done', { location: delivered.value.location }));
  }

  async function downloadTemplate() {
    const made = await job<ProducedFile>(`${methods}.template`, {}, t('ui.memberImport.making'));
    if (made.ok) await deliver(made.value);
  }

  async function chooseFile() {
    const picked = await pickFile('.xlsx,.csv');
    if (!picked) return;
    if (!picked.ok) return setRefusal(localized(picked.error.message));
    setPreview(undefined);
    setCommitted(undefined);
    const opened = await job<SheetInfo<F>>(`${methods}.open`, { fileId: picked.value.fileId }, t('ui.memberImport.reading'));
    if (!opened.ok) return setSheet(undefined);
    setFileId(picked.value.fileId);
    setSheet(opened.value);
    setChoices(opened.value.columns.map((column) => ({ field: column.field, era: column.era })));
  }

  const mapping = choices.flatMap((choice, column) => (choice.field ? [{ column, field: choice.field, era: choice.era }] : []));
  const input = { fileId, mapping, ...setup.previewExtras };

  async function runPreview() {
    const shown = await job<SheetPreview<F, P>>(`${methods}.preview`, input, t('ui.memberImport.checking'));
    setPreview(shown.ok ? shown.value : undefined);
  }

  async function downloadRejected() {
    const made = await job<ImportRejectedFile>(`${methods}.rejected`, input, t('ui.memberImport.making'));
    if (made.ok) await deliver(made.value);
  }

  async function commit() {
    if (!preview) return;
    const done = await job<R>(
      `${methods}.commit`,
      { ...input, ...setup.commitExtras, sha256: preview.sheet.sha256, acceptedCount: preview.acceptedCount },
      t('ui.memberImport.importing'),
    );
    if (done.ok) setCommitted(done.value);
  }

  return (
    <Card
      title={setup.title}
      extra={
        <Space>
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => void downloadTemplate()}
            disabled={busy !== undefined}
            data-testid="import-template"
          >
            {t('ui.memberImport.template')}
          </Button>
          <Button onClick={setup.back.go}>{setup.back.label}</Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {setup.intro}
        </Typography.Paragraph>
        <Space wrap>
          <WriteAction>
            <Button
              type="primary"
              icon={<UploadOutlined />}
              onClick={() => void chooseFile()}
              disabled={busy !== undefined}
              data-testid="import-choose"
            >
              {t('ui.memberImport.choose')}
            </Button>
          </WriteAction>
          {sheet && (
            <Typography.Text data-testid="import-file">
              {t('ui.memberImport.fileRead', { name: sheet.fileName, rows: sheet.rowCount })}
            </Typography.Text>
          )}
        </Space>
        {busy && <Progress percent={busy.percent} status="active" format={() => busy.label} data-testid="import-progress" />}
        {refusal && <Alert type="error" showIcon message={refusal} data-testid="import-refusal" />}
        {sheet && sheet.mergedRanges.length > 0 && (
          <Alert type="info" showIcon message={t('ui.memberImport.merged', { ranges: sheet.mergedRanges.join(', ') })} />
        )}
        {committed !== undefined && <Alert type="success" showIcon data-testid="import-done" message={setup.done(committed)} />}
        {sheet && !preview && (
          <>
            <ImportMappingTable
              columns={sheet.columns}
              choices={choices}
              fields={setup.fields}
              dateFields={setup.dateFields}
              onChange={(index, choice) => setChoices((current) => current.map((old, at) => (at === index ? choice : old)))}
            />
            <Space wrap>
              {setup.mappingControls}
              <Button type="primary" onClick={() => void runPreview()} disabled={busy !== undefined} data-testid="import-preview-button">
                {t('ui.memberImport.preview')}
              </Button>
            </Space>
          </>
        )}
        {preview && (
          <>
            <Space wrap>
              <Typography.Text strong data-testid="import-counts">
                {t('ui.memberImport.counts', {
                  accepted: preview.acceptedCount,
                  rejected: preview.rejectedCount,
                  warnings: preview.warningCount,
                })}
              </Typography.Text>
              <WhyDisabled reason={busyReason ?? committedReason}>
                <Button
                  onClick={() => setPreview(undefined)}
                  disabled={busy !== undefined || committed !== undefined}
                  data-testid="import-remap"
                >
                  {t('ui.memberImport.remap')}
                </Button>
              </WhyDisabled>
              {preview.rejectedCount > 0 && (
                <Button
                  icon={<DownloadOutlined />}
                  onClick={() => void downloadRejected()}
                  disabled={busy !== undefined}
                  data-testid="import-rejected"
                >
                  {t('ui.memberImport.downloadRejected', { count: preview.rejectedCount })}
                </Button>
              )}
              {setup.commitControls}
              {/* Read-only's reason comes from WriteAction, which disables the button it holds. */}
              <WhyDisabled
                reason={busyReason ?? committedReason ?? (preview.acceptedCount === 0 ? t('ui.memberImport.whyNothing') : undefined)}
              >
                <WriteAction>
                  <Button
                    type="primary"
                    onClick={() => void commit()}
                    disabled={busy !== undefined || committed !== undefined || preview.acceptedCount === 0}
                    data-testid="import-commit"
                  >
                    {setup.commitLabel(preview.acceptedCount)}
                  </Button>
                </WriteAction>
              </WhyDisabled>
            </Space>
            <ImportPreviewTable rows={preview.rows} columns={setup.previewColumns} height={tableHeight} />
          </>
        )}
      </Space>
    </Card>
  );
}
