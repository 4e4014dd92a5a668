import { Form, InputNumber } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { MoneyInput, moneyRule, optionalMoneyRule } from '../../components/MoneyInput';

type Name = string | (string | number)[];

/** A whole number field; empty means "no such condition" (null), so there is no default 0 to mistake for a rule. */
export function countInput(name: Name, label: ReactNode, options: { rules?: Rule[]; extra?: ReactNode; testId?: string } = {}) {
  return (
    <Form.Item name={name} label={label} rules={options.rules} extra={options.extra}>
      <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid={options.testId} />
    </Form.Item>
  );
}

/** A baht field that keeps its text (MoneyInput); converted to satang only on submit. */
export function moneyField(name: Name, label: ReactNode, t: TFunction, options: { isRequired?: boolean; testId?: string } = {}) {
  const rules: Rule[] = options.isRequired
    ? [{ required: true, message: t('ui.form.required') }, moneyRule(t('ui.form.badMoney'))]
    : [optionalMoneyRule(t('ui.form.badMoney'))];
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <MoneyInput showWords={false} data-testid={options.testId} />
    </Form.Item>
  );
}
