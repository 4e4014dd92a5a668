import { CloudUploadOutlined, DeleteOutlined, FolderOpenOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, List, Progress, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceivedFile } from '../../../shared/api/app-contract';
import type { DescribedOutcome } from '../../../shared/api/region-types';
import { api, isDesktop } from '../../api/client';
import { pickFile, uploadFile } from '../../api/pick-file';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';
import { ImportOutcomes } from './ImportOutcomes';

/** A file chosen for the next import: still in the browser (web mode uploads it), or already named by id (desktop). */
export type ChosenSyncFile = { key: string; name: string; file?: File; received?: ReceivedFile };

export function chosenFromBrowser(files: readonly File[]): ChosenSyncFile[] {
  return files.map((file, index) => ({ key: `${Date.now()}-${index}-${file.name}`, name: file.name, file }));
}

/**
 * Importing many sync files at once (issue 18 §4): chosen in the picker or dropped anywhere on the workspace, sent
 * to the backend (uploaded in web mode), then verified and imported as one job with its progress bar (A4) while
 * the rest of the workspace stays usable. Each file's outcome is listed with its reason in Thai and English.
 */
export function RegionImport({
  workspace,
  officer,
  chosen,
  onChosen,
  onImported,
}: {
  workspace: string;
  officer: string;
  chosen: ChosenSyncFile[];
  onChosen: (files: ChosenSyncFile[]) => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [stage, setStage] = useState<{ label: string; percent: number }>();
  const [outcomes, setOutcomes] = useState<DescribedOutcome[]>();

  async function pickInDesktop() {
    const received = await pickFile('.swfsync');
    if (!received) return;
    if (!received.ok) return void message.error(localized(received.error.message));
    onChosen([...chosen, { key: received.value.fileId, name: received.value.name, received: received.value }]);
  }

  /** The desktop app's folder dialog: every sync file of the folder, imported as one job where it lies. */
  async function importFolderInDesktop() {
    const folder = await api.app['files.folder']({ location: 'folder' });
    if (!folder.ok) return folder.error.code === 'cancelled' ? undefined : void message.error(localized(folder.error.message));
    await runImport('region.importFolder', { workspace, officer, folderId: folder.value.folderId }, 0);
  }

  /** Each file handed to the backend first (an upload in web mode), then the import job over all of them. */
  async function importAll() {
    const fileIds: string[] = [];
    for (const [index, item] of chosen.entries()) {
      setStage({
        label: t('ui.region.import.sending', { done: index, total: chosen.length }),
        percent: Math.round((100 * index) / chosen.length),
      });
      const received = item.received ? { ok: true as const, value: item.received } : item.file ? await uploadFile(item.file) : undefined;
      if (!received?.ok) {
        setStage(undefined);
        return void message.error(received ? localized(received.error.message) : item.name);
      }
      fileIds.push(received.value.fileId);
    }
    await runImport('region.import', { workspace, officer, fileIds }, fileIds.length);
  }

  /** The import job with its progress bar; its outcomes listed when it ends. */
  async function runImport(method: 'region.import' | 'region.importFolder', input: object, expected: number) {
    setStage({ label: t('ui.region.import.checking', { done: 0, total: expected }), percent: 0 });
    const result = await runJob<{ outcomes: DescribedOutcome[] }>(method, input, (status) =>
      setStage({
        label: t('ui.region.import.checking', { done: status.done, total: status.total || expected }),
        percent: status.total ? Math.round((100 * status.done) / status.total) : 0,
      }),
    );
    setStage(undefined);
    if (!result.ok) return void message.error(localized(result.error.message));
    setOutcomes(result.value.outcomes);
    onChosen([]);
    onImported();
  }

  const isOfficerMissing = officer.trim() === '';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('ui.region.import.title')} data-testid="region-import">
        {isDesktop() ? (
          <Space wrap>
            <Button icon={<InboxOutlined />} onClick={() => void pickInDesktop()} data-testid="region-pick-files">
              {t('ui.region.import.pickOne')}
            </Button>
            <Button
              icon={<FolderOpenOutlined />}
              disabled={isOfficerMissing || stage !== undefined}
              onClick={() => void importFolderInDesktop()}
              data-testid="region-pick-folder"
            >
              {t('ui.region.import.pickFolder')}
            </Button>
          </Space>
        ) : (
          <Upload.Dragger
            multiple
            accept=".swfsync"
            showUploadList={false}
            // Nothing goes anywhere until the officer presses "import": the files are only listed here.
            beforeUpload={(file, files) => {
              if (file === files[0]) onChosen([...chosen, ...chosenFromBrowser(files)]);
              return false;
            }}
            data-testid="region-dropzone"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('ui.region.import.drop')}</p>
            <p className="ant-upload-hint">{t('ui.region.import.dropHint')}</p>
          </Upload.Dragger>
        )}
        {!isDesktop() && (
          <Upload
            directory
            showUploadList={false}
            // A folder of files as the officer collected them (a USB stick's folder): its sync files only.
            beforeUpload={(file, files) => {
              const sync = files.filter((each) => each.name.toLowerCase().endsWith('.swfsync'));
              if (file === files[0]) onChosen([...chosen, ...chosenFromBrowser(sync)]);
              return false;
            }}
          >
            <Button icon={<FolderOpenOutlined />} style={{ marginTop: 12 }} data-testid="region-pick-folder">
              {t('ui.region.import.pickFolder')}
            </Button>
          </Upload>
        )}
        {chosen.length > 0 && (
          <List
            size="small"
            style={{ marginTop: 16, maxHeight: 220, overflow: 'auto' }}
            data-testid="region-chosen"
            dataSource={chosen}
            renderItem={(item) => (
              <List.Item
                actions={[
                  <Button
                    key="remove"
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('ui.region.import.remove', { name: item.name })}
                    onClick={() => onChosen(chosen.filter((other) => other.key !== item.key))}
                  />,
                ]}
              >
                <span className="region-file-name">{item.name}</span>
              </List.Item>
            )}
          />
        )}
        {isOfficerMissing && <Alert style={{ marginTop: 16 }} type="info" showIcon title={t('ui.region.officerFirst')} />}
        <Space style={{ marginTop: 16 }} wrap>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            disabled={chosen.length === 0 || isOfficerMissing || stage !== undefined}
            loading={stage !== undefined}
            onClick={() => void importAll()}
            data-testid="region-import-start"
          >
            {t('ui.region.import.start', { count: chosen.length })}
          </Button>
          {chosen.length > 0 && stage === undefined && <Button onClick={() => onChosen([])}>{t('ui.region.import.clear')}</Button>}
        </Space>
        {stage && (
          <div style={{ marginTop: 16 }} data-testid="region-import-progress">
            <Typography.Text>{stage.label}</Typography.Text>
            <Progress percent={stage.percent} />
          </div>
        )}
      </Card>
      {outcomes && (
        <Card title={t('ui.region.import.outcomes')}>
          <ImportOutcomes outcomes={outcomes} />
        </Card>
      )}
    </Space>
  );
}
