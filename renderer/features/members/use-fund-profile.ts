import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import type { FundProfile } from '../../../shared/api/fund-types';
import { api } from '../../api/client';

/** The open fund's profile, for forms that default to it or depend on it (its opening date, its ตำบล). */
export function useFundProfile(): FundProfile | undefined {
  const [profile, setProfile] = useState<FundProfile>();
  useEffect(() => {
    let isCurrent = true;
    void api.fund['fund.get']({}).then((result) => isCurrent && result.ok && setProfile(result.value));
    return () => {
      isCurrent = false;
    };
  }, []);
  return profile;
}

/**
 * Most members and applicants live in the fund's own ตำบล: a new form's address starts there (issue 14 §16), and
 * stays editable; a field already typed is left alone.
 */
export function useFundAddressDefaults(form: FormInstance, fund: FundProfile | undefined): void {
  useEffect(() => {
    if (!fund) return;
    const defaults = { subdistrict: fund.subdistrictName, district: fund.districtName, province: fund.provinceName };
    for (const [field, value] of Object.entries(defaults)) {
      if (!form.getFieldValue(field)) form.setFieldValue(field, value);
    }
  }, [fund, form]);
}
