import { criterion, type Assessment, type CertificationThresholds } from './assessment';
import { bylawParts, type BylawFacts } from './bylaws-criterion';
import { committeeParts, type CommitteeFacts } from './committee-criterion';
import { currentDataParts, type CurrentDataFacts } from './current-data';
import { welfareParts, type WelfareFacts } from './welfare-criterion';

/** Every fact the four criteria read, as of one day (the repository reads them with a few cheap queries). */
export type CertificationFacts = {
  currentData: CurrentDataFacts;
  committee: CommitteeFacts;
  bylaws: BylawFacts;
  welfare: WelfareFacts;
};

/** The four criteria, in CODI's order, judged from the facts under the fund's thresholds. */
export function assessCertification(facts: CertificationFacts, thresholds: CertificationThresholds): Assessment {
  return {
    asOf: facts.currentData.asOf,
    thresholds,
    criteria: [
      criterion('current-data', currentDataParts(facts.currentData, thresholds)),
      criterion('committee', committeeParts(facts.committee, thresholds)),
      criterion('bylaws', bylawParts(facts.bylaws)),
      criterion('welfare', welfareParts(facts.welfare, thresholds)),
    ],
  };
}
