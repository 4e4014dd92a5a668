import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../shared/api/api-result';
import { localized } from './api-errors';

/**
 * An amount above the fund's plausibility ceiling is saved only when confirmed (issue 14 §11): the write is sent
 * as typed; if the backend asks, its own sentence (both amounts in baht) is shown once, and "yes" sends it again
 * with the confirmation. "Back" leaves the refusal on the field to be corrected.
 */
export function useAmountConfirmation() {
  const { modal } = AntApp.useApp();
  const { t } = useTranslation();
  return async function withConfirmation<T>(send: (isLargeAmountConfirmed: boolean) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const first = await send(false);
    if (first.ok || first.error.code !== 'amount-needs-confirmation') return first;
    const isConfirmed = await modal.confirm({
      title: t('ui.amountConfirm.title'),
      content: localized(first.error.message),
      okText: t('ui.amountConfirm.ok'),
      cancelText: t('ui.amountConfirm.back'),
      okButtonProps: { 'data-testid': 'amount-confirm' },
      cancelButtonProps: { 'data-testid': 'amount-back' },
    });
    return isConfirmed ? send(true) : first;
  };
}
