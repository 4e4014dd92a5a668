import { PlusOutlined } from '@ant-design/icons';
import { Button, Divider, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReadOnlyReason } from '../../app/fund-access';
import { useVillages } from './use-villages';
import { villageLabel } from './village-label';
import { VillageFormModal } from './VillageFormModal';

/**
 * The member form's village: a choice from the register that takes typing (the หมู่ or the name), with "add a
 * village" under the list for a village the register does not have yet; the new village is chosen at once.
 */
export function VillageSelect({
  value,
  onChange,
  subdistrictCode,
}: {
  value?: number | null;
  onChange?: (value: number | null) => void;
  subdistrictCode?: string;
}) {
  const { t } = useTranslation();
  const { villages, reload } = useVillages();
  const [isAdding, setAdding] = useState(false);
  const [isOpen, setOpen] = useState(false);
  const readOnly = useReadOnlyReason() !== undefined;
  const options = (villages ?? []).map((village) => ({
    value: village.id,
    label: villageLabel(t, village),
    // Typing the หมู่ alone, or the DOPA code, finds it too.
    keywords: [String(village.moo ?? ''), village.code ?? ''].filter((word) => word !== ''),
  }));
  return (
    <>
      <Select<number | null>
        value={value ?? null}
        onChange={(chosen) => onChange?.(chosen ?? null)}
        open={isOpen}
        onOpenChange={setOpen}
        loading={villages === undefined}
        placeholder={t('ui.villages.choose')}
        options={[{ value: null, label: t('ui.villages.noVillage'), keywords: [] }, ...options]}
        data-testid="member-village"
        popupRender={(menu) => (
          <>
            {menu}
            {!readOnly && (
              <>
                <Divider style={{ margin: '4px 0' }} />
                <Button
                  type="text"
                  block
                  icon={<PlusOutlined />}
                  style={{ textAlign: 'start' }}
                  data-testid="member-village-add"
                  onClick={() => {
                    setOpen(false);
                    setAdding(true);
                  }}
                >
                  {t('ui.villages.addFromForm')}
                </Button>
              </>
            )}
          </>
        )}
      />
      {isAdding && (
        <VillageFormModal
          subdistrictCode={subdistrictCode}
          onClose={() => setAdding(false)}
          onSaved={(village) => {
            setAdding(false);
            void reload().then(() => onChange?.(village.id));
          }}
        />
      )}
    </>
  );
}
