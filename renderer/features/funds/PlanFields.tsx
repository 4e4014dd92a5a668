import { Button, Col, Form, InputNumber, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MoneyInput, moneyRule, optionalMoneyRule } from '../../components/MoneyInput';

/**
 * The contribution plan fields, shared by "create a fund" and a new rate in settings: the monthly amount, the
 * entry fee, and optional bundles (12 months for 365 baht) that price a prepayment below months × monthly.
 */
export function PlanFields() {
  const { t } = useTranslation();
  const badMoney = t('ui.form.badMoney');
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="monthly"
            label={t('fields.monthlySatang')}
            rules={[{ required: true, message: t('ui.form.required') }, moneyRule(badMoney)]}
          >
            <MoneyInput data-testid="plan-monthly-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="entryFee" label={t('fields.entryFeeSatang')} rules={[optionalMoneyRule(badMoney)]}>
            <MoneyInput data-testid="plan-entry-fee-input" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('fields.bundles')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('ui.fund.bundlesHint')}
      </Typography.Paragraph>
      <Form.List name="bundles">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap>
                <Form.Item name={[field.name, 'months']} rules={[{ required: true, message: t('ui.form.required') }]}>
                  <InputNumber
                    min={2}
                    max={24}
                    suffix={t('ui.contributions.months')}
                    style={{ width: 130 }}
                    data-testid={`plan-bundle-months-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'price']} rules={[{ required: true, message: t('ui.form.required') }, moneyRule(badMoney)]}>
                  <MoneyInput data-testid={`plan-bundle-price-${index}`} />
                </Form.Item>
                <Button onClick={() => remove(field.name)} data-testid={`plan-bundle-remove-${index}`}>
                  {t('ui.common.remove')}
                </Button>
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" onClick={() => add({ months: 12, price: '' })} data-testid="plan-bundle-add">
                {t('ui.fund.addBundle')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </>
  );
}
