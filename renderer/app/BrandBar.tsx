import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLogo } from '../components/AppLogo';

/** The green band at the top of every screen: the mark, the app's name, then whatever the screen adds. */
export function BrandBar({ title, subtitle, children }: { title?: ReactNode; subtitle?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="brand-bar no-print">
      <AppLogo />
      <div className="brand-text">
        <Typography.Text className="brand-title" data-testid={title ? 'fund-name' : undefined}>
          {title ?? t('ui.app.name')}
        </Typography.Text>
        <Typography.Text className="brand-subtitle">{subtitle ?? t('ui.app.tagline')}</Typography.Text>
      </div>
      <div className="brand-actions">{children}</div>
    </div>
  );
}
