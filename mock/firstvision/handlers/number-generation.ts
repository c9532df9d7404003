import { reserveNumbers } from '../domain/reserve-numbers.js';
import { displayPan } from '../pan-display.js';
import { bodyOf, domainHandler, numberOf } from './domain-handler.js';

type NumberGenerationBody = {
  organizationNumber: number | string;
  logo: number | string;
  dualIndicator: string | number;
  customerNumbersRequested?: number;
  accountNumbersRequested?: number;
  relationshipNumbersRequested?: number;
  embosserNumbersRequested?: number;
};

const listed = <K extends string>(key: K, numbers: string[]) => numbers.map((value, i) => ({ sequence: i + 1, [key]: value }) as { sequence: number } & Record<K, string>);

/**
 * POST /customer/generation: reserves customer, account, relationship and card numbers of an org and logo.
 * Billing and control account quantities are accepted and ignored (the response has no place for them).
 */
export const numberGenerationHandler = domainHandler(async (context) => {
  const body = bodyOf<NumberGenerationBody>(context);
  const org = numberOf(body.organizationNumber);
  const logo = numberOf(body.logo);
  const dual = Number(body.dualIndicator);
  const reserved = await reserveNumbers(context, {
    org,
    logo,
    dual,
    customers: body.customerNumbersRequested,
    accounts: body.accountNumbersRequested,
    relationships: body.relationshipNumbersRequested,
    cards: body.embosserNumbersRequested,
  });
  const mode = context.sandbox.config.panDisplay;
  return {
    organizationNumber: org,
    foreignOrganizationNumber: reserved.foreignOrg,
    dualIndicator: dual,
    logo,
    accountData: listed('accountNumber', reserved.accounts),
    customerData: listed('customerNumber', reserved.customers),
    relationshipData: listed('relationshipNumber', reserved.relationships),
    embosserData: listed('cardNumber', reserved.cards.map((pan) => displayPan(pan, mode))),
  };
});
