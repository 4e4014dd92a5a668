import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenedFund } from '../../../shared/api/app-contract';
import { api, isParticipant } from '../../api/client';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';
import { withExtension } from '../funds/fund-file-name';

/**
 * The demo fund's banner on every screen (issue 19 §3), and its print mark: "ตัวอย่าง" across every page printed
 * from the screen (receipts, vouchers, meeting papers). A trainer makes a participant's copy from here; in a
 * workshop copy, "Start over" makes it again from its master in one step (§5).
 */
export function DemoBanner({ fund, onReplaced }: { fund: OpenedFund; onReplaced: (fund: OpenedFund) => void }) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const [isCopying, setCopying] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ location: string }>();

  async function run(method: 'workshop.makeCopy' | 'workshop.reset', input: unknown) {
    setBusy(true);
    // A participant in a room starts her own copy over through the room, which alone knows where it is (issue 19 §4).
    const result =
      method === 'workshop.reset' && isParticipant()
        ? await api.app['room.resetMine']({})
        : await runJob<OpenedFund>(method, input, () => undefined);
    setBusy(false);
    if (!result.ok) return void message.error(localized(result.error.message));
    if (method === 'workshop.reset') void message.success(t('ui.demo.resetDone'));
    setCopying(false);
    onReplaced(result.value);
  }

  function confirmReset() {
    void modal.confirm({
      title: t('ui.demo.resetTitle'),
      content: t('ui.demo.resetText'),
      okText: t('ui.demo.reset'),
      cancelText: t('ui.common.cancel'),
      okButtonProps: { 'data-testid': 'demo-reset-ok' },
      onOk: () => run('workshop.reset', { location: fund.location }),
    });
  }

  return (
    <>
      <Alert
        className="demo-banner no-print"
        type="warning"
        banner
        icon={<ExperimentOutlined />}
        data-testid="demo-banner"
        title={
          <Space wrap>
            <strong>{t('ui.demo.banner')}</strong>
            {fund.workshopCopy && <span>{t('ui.demo.bannerWorkshop')}</span>}
          </Space>
        }
        action={
          fund.readOnly ? undefined : fund.workshopCopy ? (
            <Button size="small" loading={busy} data-testid="demo-reset" onClick={confirmReset}>
              {t('ui.demo.reset')}
            </Button>
          ) : (
            <Button size="small" data-testid="demo-workshop-copy" onClick={() => setCopying(true)}>
              {t('ui.demo.workshopCopy')}
            </Button>
          )
        }
      />
      <div className="demo-print-mark print-only" aria-hidden data-testid="demo-print-mark">
        {t('ui.demo.printMark')}
      </div>
      {isCopying && (
        <Modal
          open
          title={t('ui.demo.workshopCopyTitle')}
          okText={t('ui.demo.ok')}
          cancelText={t('ui.common.cancel')}
          confirmLoading={busy}
          onOk={() => form.submit()}
          onCancel={() => setCopying(false)}
        >
          <Typography.Paragraph type="secondary">{t('ui.demo.workshopCopyText')}</Typography.Paragraph>
          <Form
            form={form}
            layout="vertical"
            initialValues={{ location: t('ui.demo.workshopCopyName') }}
            onFinish={(values) =>
              void run('workshop.makeCopy', { source: { fund: fund.handle }, location: withExtension(values.location.trim()) })
            }
          >
            <Form.Item
              name="location"
              label={t('ui.demo.location')}
              rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
            >
              {/* Its only field: Enter submits the form by itself (a second submit here would make the copy twice). */}
              <Input data-testid="workshop-copy-location" autoFocus />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
