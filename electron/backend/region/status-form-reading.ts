import { z } from 'zod';
import type { SyncManifest } from '../../../shared/api/sync-format';
import type { FundFigures, FundPlace } from '../../../shared/api/region-types';

/**
 * What the region's table reads from a file's `status-form.json` (status-form-summary.ts writes it). The verifier
 * checked its hash, bound by the signed manifest; its shape is read leniently here, so a figure a file does not
 * carry shows as unknown (null) rather than refusing a file whose records are good.
 */
const figures = z.object({ amountSatang: z.int(), persons: z.int() });

const statusForm = z.object({
  fiscalYear: z.int().nullable().catch(null),
  fund: z
    .object({
      name: z.string().max(300),
      province: z.object({ name: z.string().max(200) }),
      district: z.object({ name: z.string().max(200) }),
    })
    .nullable()
    .catch(null),
  members: z
    .object({ totals: z.object({ current: z.int(), cumulative: z.int() }) })
    .nullable()
    .catch(null),
  moneyOnHandSatang: z.int().nullable().catch(null),
  welfare: z
    .object({
      types: z.array(
        z.object({
          code: z.string().max(40),
          category: z.string().max(40),
          nameTh: z.string().max(200),
          nameEn: z.string().max(200),
          year: figures,
          cumulative: figures,
        }),
      ),
    })
    .nullable()
    .catch(null),
  certification: z
    .object({ criteria: z.array(z.object({ key: z.string().max(40), status: z.string().max(40) })) })
    .nullable()
    .catch(null),
});

export function readStatusForm(manifest: SyncManifest, value: unknown): { place: FundPlace; facts: FundFigures } {
  const parsed = statusForm.safeParse(value);
  const form = parsed.success ? parsed.data : undefined;
  const place: FundPlace = {
    fundUuid: manifest.fund.uuid,
    code: manifest.fund.code,
    name: form?.fund?.name ?? manifest.fund.code,
    provinceCode: manifest.fund.provinceCode,
    provinceName: form?.fund?.province.name ?? manifest.fund.provinceCode,
    districtCode: manifest.fund.districtCode,
    districtName: form?.fund?.district.name ?? manifest.fund.districtCode,
  };
  const facts: FundFigures = {
    fiscalYear: form?.fiscalYear ?? null,
    membersCurrent: form?.members?.totals.current ?? null,
    membersCumulative: form?.members?.totals.cumulative ?? null,
    moneyOnHandSatang: form?.moneyOnHandSatang ?? null,
    welfare: (form?.welfare?.types ?? []).map((type) => ({
      code: type.code,
      category: type.category,
      nameTh: type.nameTh,
      nameEn: type.nameEn,
      yearSatang: type.year.amountSatang,
      yearPersons: type.year.persons,
      cumulativeSatang: type.cumulative.amountSatang,
      cumulativePersons: type.cumulative.persons,
    })),
    criteria: form?.certification?.criteria ?? [],
  };
  return { place, facts };
}
