import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select, Table, Tag } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityActivity, CommunityCategory } from '../../../shared/api/fund-types';
import { formatDate } from '../../../shared/domain/buddhist-date';
import { formatBaht, parseBaht } from '../../../shared/domain/money/money-format';
import { api } from '../../api/client';
import type { Navigate } from '../../app/route';
import { BuddhistDateInput, isoDateRule } from '../../components/BuddhistDateInput';
import { localized, showErrorOnForm } from '../../components/api-errors';
import { MoneyInput, moneyRule } from '../../components/MoneyInput';
import { newRequestId, todayIso } from '../../components/today';
import { ReversalModal } from '../../components/ReversalModal';
import { MoneyAccountSelect } from '../money/MoneyAccountSelect';
import { useAmountConfirmation } from '../../components/use-amount-confirmation';
import { WriteAction } from '../../app/fund-access';

const categories: CommunityCategory[] = ['non-member-help', 'disaster', 'culture', 'sport', 'environment', 'public-benefit'];

type Values = {
  category: CommunityCategory;
  activityDate: string;
  description: string;
  beneficiariesCount: number;
  amount: string;
  payeeName: string;
  payeeAddress?: string;
  accountCode?: string;
};

/** สวัสดิการเพื่อชุมชน/สังคม (status form §7): help to non-members and the community, each paid by a voucher. */
export function CommunityPage({ navigate }: { navigate: Navigate }) {
  const { t, i18n } = useTranslation();
  const confirmAmount = useAmountConfirmation();
  const [form] = Form.useForm<Values>();
  const [rows, setRows] = useState<CommunityActivity[]>([]);
  const [reversing, setReversing] = useState<CommunityActivity>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const requestId = useRef(newRequestId());
  const language = i18n.language === 'en' ? 'en' : 'th';

  const reload = useCallback(async () => {
    const result = await api.fund['community.list']({ limit: 200 });
    if (result.ok) setRows(result.value.rows);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  async function submit(values: Values) {
    setBusy(true);
    setProblem(undefined);
    const { amount, ...rest } = values;
    const result = await confirmAmount((isLargeAmountConfirmed) =>
      api.fund['community.record']({
        ...rest,
        payeeAddress: rest.payeeAddress ?? '',
        accountCode: rest.accountCode ?? '',
        amountSatang: parseBaht(amount) ?? 0,
        requestId: requestId.current,
        isLargeAmountConfirmed,
      }),
    );
    setBusy(false);
    if (!result.ok) {
      if (!showErrorOnForm(form, result.error, { aliases: { amountSatang: 'amount' } })) setProblem(localized(result.error.message));
      return;
    }
    requestId.current = newRequestId();
    navigate({ page: 'voucher', voucherId: result.value.voucher.id, from: 'community' });
  }

  return (
    <>
      <Card title={t('ui.community.record')} style={{ marginBottom: 16 }}>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} data-testid="community-problem" />}
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          initialValues={{ activityDate: todayIso(), beneficiariesCount: 1, amount: '' }}
        >
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="category" label={t('fields.category')} rules={[{ required: true, message: t('ui.form.required') }]}>
                <Select
                  data-testid="community-category"
                  options={categories.map((category) => ({ value: category, label: t(`ui.community.categories.${category}`) }))}
                />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="activityDate"
                label={t('fields.activityDate')}
                rules={[{ required: true, message: t('ui.form.required') }, isoDateRule(t('ui.form.badDate'))]}
              >
                <BuddhistDateInput data-testid="community-date" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item
                name="beneficiariesCount"
                label={t('fields.beneficiariesCount')}
                rules={[{ required: true, message: t('ui.form.required') }]}
              >
                <InputNumber min={1} style={{ width: '100%' }} data-testid="community-count" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('fields.description')} rules={[{ required: true, message: t('ui.form.required') }]}>
            <Input data-testid="community-description" placeholder={t('ui.community.descriptionPlaceholder')} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="amount" label={t('fields.amountSatang')} rules={[moneyRule(t('ui.form.badMoney'))]}>
                <MoneyInput data-testid="community-amount" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="payeeName" label={t('fields.payeeName')} rules={[{ required: true, message: t('ui.form.required') }]}>
                <Input data-testid="community-payee" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="payeeAddress" label={t('fields.payeeAddress')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="accountCode"
            label={t('ui.money.from')}
            rules={[{ required: true, message: t('ui.form.required') }]}
            style={{ maxWidth: 480 }}
          >
            <MoneyAccountSelect data-testid="community-account" />
          </Form.Item>
          <WriteAction>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="community-submit">
              {t('ui.community.payAndPrint')}
            </Button>
          </WriteAction>
        </Form>
      </Card>
      <Card title={t('ui.community.title')}>
        <Table<CommunityActivity>
          rowKey="id"
          size="middle"
          dataSource={rows}
          pagination={{ pageSize: 20 }}
          data-testid="community-list"
          onRow={(row) => ({
            onClick: () => navigate({ page: 'voucher', voucherId: row.voucher.id, from: 'community' }),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t('fields.activityDate'),
              dataIndex: 'activityDate',
              width: 130,
              render: (value: string) => formatDate(value, language),
            },
            { title: t('ui.voucher.number'), key: 'voucher', width: 150, render: (_value, row) => row.voucher.voucherNo },
            {
              title: t('fields.category'),
              dataIndex: 'category',
              width: 200,
              render: (value: string) => t(`ui.community.categories.${value}`),
            },
            { title: t('fields.description'), dataIndex: 'description' },
            { title: t('fields.beneficiariesCount'), dataIndex: 'beneficiariesCount', width: 120, align: 'right' },
            {
              title: t('fields.amountSatang'),
              key: 'amount',
              width: 140,
              align: 'right',
              render: (_value, row) => formatBaht(row.voucher.amountSatang),
            },
            {
              title: '',
              key: 'reverse',
              width: 130,
              render: (_value, row) =>
                row.voucher.reversal ? (
                  <Tag color="red">{t('ui.welfare.states.reversed')}</Tag>
                ) : (
                  <WriteAction>
                    <Button
                      size="small"
                      danger
                      type="text"
                      data-testid={`community-reverse-${row.id}`}
                      onClick={(event) => {
                        event.stopPropagation();
                        setReversing(row);
                      }}
                    >
                      {t('ui.welfareReverse.button')}
                    </Button>
                  </WriteAction>
                ),
            },
          ]}
        />
      </Card>
      {reversing && (
        <ReversalModal
          title={t('ui.communityReverse.title', { voucherNo: reversing.voucher.voucherNo })}
          explanation={t('ui.communityReverse.explain', {
            voucherNo: reversing.voucher.voucherNo,
            amount: formatBaht(reversing.voucher.amountSatang),
          })}
          reverse={(input) => api.fund['community.reverse']({ activityId: reversing.id, ...input })}
          onClose={() => setReversing(undefined)}
          onReversed={() => {
            setReversing(undefined);
            void reload();
          }}
        />
      )}
    </>
  );
}
