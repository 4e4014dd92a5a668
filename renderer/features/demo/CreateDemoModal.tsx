import { Alert, Form, Input, InputNumber, Modal, Progress, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withExtension } from '../funds/fund-file-name';
import type { OpenedFund } from '../../../shared/api/app-contract';
import { demoSizes, type DemoSize } from '../../../shared/api/demo-types';
import { runJob } from '../../api/run-job';
import { localized } from '../../components/api-errors';

type Values = { location: string; size: DemoSize; seed: number };

const sizeLabels = { small: 'ui.demo.sizeSmall', medium: 'ui.demo.sizeMedium', large: 'ui.demo.sizeLarge' } as const;

/**
 * "Make a demo fund" (issue 19 §3): a file name, a size and the seed that makes every laptop's fund the same; made
 * as a job with its progress, then opened.
 */
export function CreateDemoModal({ onCreated, onClose }: { onCreated: (fund: OpenedFund) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [percent, setPercent] = useState<number>();
  const [problem, setProblem] = useState<string>();

  async function make(values: Values) {
    setProblem(undefined);
    setPercent(0);
    const result = await runJob<OpenedFund>('demo.create', { ...values, location: withExtension(values.location) }, (status) =>
      setPercent(status.total > 0 ? Math.floor((100 * status.done) / status.total) : 0),
    );
    setPercent(undefined);
    if (!result.ok) return setProblem(localized(result.error.message));
    onCreated(result.value);
  }

  return (
    <Modal
      open
      title={t('ui.demo.dialogTitle')}
      okText={t('ui.demo.ok')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={percent !== undefined}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'demo-create-ok' }}
      width={560}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ location: t('ui.demo.defaultName'), size: 'small', seed: 1 }}
        onFinish={(values) => void make(values)}
      >
        <Form.Item
          name="location"
          label={t('ui.demo.location')}
          rules={[{ required: true, whitespace: true, message: t('ui.form.required') }]}
        >
          <Input data-testid="demo-location" autoFocus onPressEnter={() => form.submit()} />
        </Form.Item>
        <Form.Item name="size" label={t('ui.demo.size')}>
          <Radio.Group>
            <Space orientation="vertical">
              {demoSizes.map((size) => (
                <Radio key={size} value={size} data-testid={`demo-size-${size}`}>
                  {t(sizeLabels[size])}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="seed"
          label={t('ui.demo.seed')}
          extra={t('ui.demo.seedHint')}
          rules={[{ required: true, message: t('errors.bad-seed') }]}
        >
          <InputNumber
            min={1}
            max={2_147_483_647}
            precision={0}
            data-testid="demo-seed"
            style={{ width: 200 }}
            onPressEnter={() => form.submit()}
          />
        </Form.Item>
      </Form>
      {percent !== undefined && (
        <div data-testid="demo-progress">
          {t('ui.demo.making')}
          <Progress percent={percent} />
        </div>
      )}
      {problem && <Alert type="error" showIcon title={problem} data-testid="demo-problem" />}
    </Modal>
  );
}
