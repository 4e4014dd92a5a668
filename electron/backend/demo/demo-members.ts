import { periodFromIndex } from '../../../shared/domain/calendar-date';
import { citizenIdFor, demoPlace, drawPerson } from './demo-people';
import { payerMix } from './demo-shapes';
import type { UseCaseContext } from '../use-cases/use-case-context';
import type { InputOf } from '../../../shared/api/contract-kit';
import { fundContract, type FundContract } from '../../../shared/api/fund-contract';
import { checkRegistration } from '../steps/member-admission';
import { admitMemberRecords } from '../steps/member-batch-admission';

export type PayerKind = 'monthly' | 'quarterly' | 'yearly' | 'irregular';

/** A member as the generator plans her: when she joins, how she pays, and how far she has paid. */
export type DemoMember = {
  serial: number;
  joinIndex: number;
  kind: PayerKind;
  villageIndex: number;
  person: ReturnType<typeof drawPerson>;
  /** Filled in when she is registered. */
  id: number;
  /** The first month (period index) she has not paid. */
  nextDue: number;
};

/**
 * Everyone the fund will ever have, drawn before anything is written: a sixth are founding members of the first
 * month and the rest join month by month, so the fund grows as real ones do. Sorted by joining, so member numbers
 * follow the order people joined.
 */
export function planMembers(random: () => number, count: number, openedIndex: number, months: number): DemoMember[] {
  const planned: DemoMember[] = [];
  for (let serial = 1; serial <= count; serial += 1) {
    const isFounding = random() < 1 / 6;
    const joinIndex = isFounding ? openedIndex : openedIndex + Math.floor(random() * months);
    const draw = random();
    const kind: PayerKind =
      draw < payerMix.monthly
        ? 'monthly'
        : draw < payerMix.monthly + payerMix.quarterly
          ? 'quarterly'
          : draw < payerMix.monthly + payerMix.quarterly + payerMix.yearly
            ? 'yearly'
            : 'irregular';
    const villageIndex = Math.floor(random() * 10);
    const person = drawPerson(random, Number(periodFromIndex(joinIndex).slice(0, 4)));
    planned.push({ serial, joinIndex, kind, villageIndex, person, id: 0, nextDue: joinIndex });
  }
  return planned.sort((left, right) => left.joinIndex - right.joinIndex || left.serial - right.serial);
}

/**
 * Registers a month's joiners as the members use case would register each (the contract's input schema, the
 * registration's checks), admitted together by the batched admission: each approved on a day of her joining month.
 */
export function registerDemoMembers(
  context: UseCaseContext,
  members: readonly DemoMember[],
  villageIds: readonly number[],
  period: string,
): void {
  const { connection, clock } = context;
  const admissions = members.map((member) => {
    const approvedOn = `${period}-${String(1 + (member.serial % 14)).padStart(2, '0')}`;
    const input = fundContract['members.register'].input.parse({
      citizenId: citizenIdFor(member.serial),
      ...member.person,
      houseNo: String(1 + (member.serial % 250)),
      villageId: villageIds[member.villageIndex] ?? null,
      subdistrict: demoPlace.subdistrictName,
      district: demoPlace.districtName,
      province: demoPlace.provinceName,
      postcode: demoPlace.postcode,
      appliedOn: approvedOn,
      approvedOn,
      approvalRef: 'มติคณะกรรมการ',
    } satisfies InputOf<FundContract, 'members.register'>);
    const checked = checkRegistration(connection, input, clock.today());
    if (!checked.ok) throw new Error(`demo generation: members.register refused: ${checked.error.code} ${checked.error.field ?? ''}`);
    return checked.value;
  });
  admitMemberRecords(context, admissions).forEach((admitted, index) => {
    const member = members[index];
    if (member) member.id = admitted.id;
  });
}
