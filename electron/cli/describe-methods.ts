import { z } from 'zod';
import { appContract } from '../../shared/api/app-contract';
import type { Contract } from '../../shared/api/contract-kit';
import { fundContract } from '../../shared/api/fund-contract';
import { jobsContract } from '../../shared/api/jobs-contract';
import { regionContract } from '../../shared/api/region-contract';
import type { ContractSide } from '../backend/host-types';

export const contracts: Record<ContractSide, Contract> = {
  app: appContract,
  fund: fundContract,
  jobs: jobsContract,
  region: regionContract,
};

/** One line per method of every contract (A3): `name<TAB>{json schema of its input}`. */
export function describeMethods(): string[] {
  return Object.values(contracts).flatMap((contract) =>
    Object.entries(contract).map(
      ([name, spec]) => `${name}\t${JSON.stringify(z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }))}`,
    ),
  );
}

export function sideOf(method: string): ContractSide | undefined {
  return (Object.keys(contracts) as ContractSide[]).find((side) => Object.hasOwn(contracts[side], method));
}
