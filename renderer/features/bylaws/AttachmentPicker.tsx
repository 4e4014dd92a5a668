import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App as AntApp, Button, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceivedFile } from '../../../shared/api/app-contract';
import { pickFile } from '../../api/pick-file';
import { localized } from '../../components/api-errors';

/** What the file picker offers: the signed bylaw as a PDF, or a photo or scan of it. */
export const bylawFileTypes = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

type Props = { value?: ReceivedFile[]; onChange?: (files: ReceivedFile[]) => void; 'data-testid'?: string };

/**
 * The files to keep with a bylaw version, chosen one at a time (uploaded in web mode, picked in a dialog in the
 * desktop app). The backend reads what each is by its first bytes and refuses anything but a PDF, JPEG or PNG.
 */
export function AttachmentPicker({ value = [], onChange, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState(false);

  async function choose() {
    setBusy(true);
    const picked = await pickFile(bylawFileTypes);
    setBusy(false);
    if (!picked) return;
    if (!picked.ok) return void message.error(localized(picked.error.message));
    onChange?.([...value, picked.value]);
  }

  return (
    <div data-testid={testId}>
      <Button icon={<PaperClipOutlined />} loading={busy} onClick={() => void choose()} data-testid={`${testId}-choose`}>
        {t('ui.bylaws.form.attach')}
      </Button>
      {value.length > 0 && (
        <List
          size="small"
          dataSource={value}
          renderItem={(file) => (
            <List.Item
              actions={[
                <Button
                  key="remove"
                  size="small"
                  type="text"
                  icon={<DeleteOutlined />}
                  onClick={() => onChange?.(value.filter((other) => other.fileId !== file.fileId))}
                >
                  {t('ui.bylaws.form.remove')}
                </Button>,
              ]}
            >
              {file.name} ({t('ui.bylaws.form.kiloBytes', { size: Math.ceil(file.bytes / 1024).toLocaleString() })})
            </List.Item>
          )}
        />
      )}
    </div>
  );
}
