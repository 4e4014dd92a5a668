import { Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SyncExportRow } from '../../../shared/api/sync-types';

/**
 * Full or changes only (issue 18 §2): a changes-only file follows the fund's last file, so it is offered only once
 * there is one, naming it; the officer's workspace must already hold that file.
 */
export function SyncKindChoice(props: {
  value: SyncExportRow['kind'];
  onChange: (kind: SyncExportRow['kind']) => void;
  last: SyncExportRow | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('ui.sync.kindTitle')}
      </Typography.Title>
      <Radio.Group
        value={props.value}
        onChange={(event) => props.onChange(event.target.value as SyncExportRow['kind'])}
        data-testid="sync-kind"
      >
        <Space direction="vertical">
          <Radio value="full" data-testid="sync-kind-full">
            {t('ui.sync.kindFull')}
          </Radio>
          <Radio value="incremental" disabled={!props.last} data-testid="sync-kind-incremental">
            {props.last ? t('ui.sync.kindIncremental', { sequence: props.last.sequence }) : t('ui.sync.kindIncrementalNone')}
          </Radio>
        </Space>
      </Radio.Group>
      {props.value === 'incremental' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }} data-testid="sync-kind-hint">
          {t('ui.sync.kindHint')}
        </Typography.Paragraph>
      )}
    </>
  );
}
