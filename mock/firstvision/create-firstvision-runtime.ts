import type { ApiRuntime } from '../../src/plugin/api-plugin.js';
import { authenticateFirstVision } from './authenticate-firstvision.js';
import { declaredBodies } from './declared-bodies.js';
import type { FirstVisionConfig } from './firstvision-config.js';
import type { FirstVisionSandbox } from './firstvision-sandbox.js';
import { accountAddHandler } from './handlers/account-add.js';
import { accountNumberInquiryHandler } from './handlers/account-number-inquiry.js';
import { cardsDetailsHandler } from './handlers/cards-details.js';
import { cardsDetailsL8v4Handler } from './handlers/cards-details-l8v4.js';
import { cardsInquiryHandler } from './handlers/cards-inquiry.js';
import { currentPriorAddressHandler } from './handlers/current-prior-address.js';
import { customerActivationAddHandler } from './handlers/customer-activation-add.js';
import { customerAddHandler } from './handlers/customer-add.js';
import { customerLookupHandler } from './handlers/customer-lookup.js';
import { customerAddR8V4Handler } from './handlers/customer-add-r8v4.js';
import { customerReversalUpdateHandler } from './handlers/customer-reversal-update.js';
import { customerUpdateHandler } from './handlers/customer-update.js';
import { demographicDataHandler } from './handlers/demographic-data.js';
import { demographicInquiryHandler } from './handlers/demographic-inquiry.js';
import { embosserAddHandler } from './handlers/embosser-add.js';
import { numberGenerationHandler } from './handlers/number-generation.js';
import { relationshipAccountsHandler } from './handlers/relationship-accounts.js';
import { relationshipAddHandler } from './handlers/relationship-add.js';
import { relationshipCustomerInquiryHandler } from './handlers/relationship-customer-inquiry.js';
import { relationshipFindHandler } from './handlers/relationship-find.js';
import { relationshipInquiryHandler } from './handlers/relationship-inquiry.js';
import { tokenHandler } from './handlers/token.js';
import { loadOrganizations } from './organizations.js';
import { firstVisionErrors } from './render-firstvision-error.js';
import { ReplayCache } from './replay-cache.js';
import { TokenIssuer } from './token-issuer.js';

/**
 * The FirstVision API for one server: handlers, error format and authentication. Tokens and the signature replay
 * cache are server-wide (every sandbox accepts the same token); the organizations file is read here, so a bad one
 * stops start-up. Response widths are read from the contracts in `contractsDir`.
 * @example const runtime = createFirstVisionRuntime(defaultFirstVisionConfig, firstVisionContractsDir)
 */
export function createFirstVisionRuntime(config: FirstVisionConfig, contractsDir: string): ApiRuntime<FirstVisionSandbox> {
  const tokens = new TokenIssuer(config.apiSecret);
  const seen = new ReplayCache(config.signatureWindowMs);
  const organizations = loadOrganizations(config.organizationsFile);
  return {
    handlers: declaredBodies({
      token: tokenHandler(config, tokens),
      customerAdd: customerAddHandler,
      customerAddR8V4: customerAddR8V4Handler,
      customerActivationAdd: customerActivationAddHandler,
      customerUpdate: customerUpdateHandler,
      customerReversalUpdate: customerReversalUpdateHandler,
      demographicInquiry: demographicInquiryHandler(contractsDir),
      demographicData: demographicDataHandler(contractsDir),
      customerLookup: customerLookupHandler,
      currentPriorAddress: currentPriorAddressHandler(contractsDir),
      relationshipAdd: relationshipAddHandler,
      relationshipFind: relationshipFindHandler,
      relationshipInquiry: relationshipInquiryHandler,
      relationshipCustomerInquiry: relationshipCustomerInquiryHandler,
      accountAdd: accountAddHandler,
      embosserAdd: embosserAddHandler,
      relationshipAccounts: relationshipAccountsHandler,
      accountNumberInquiry: accountNumberInquiryHandler,
      cardsDetails: cardsDetailsHandler,
      cardsDetailsV4: cardsDetailsL8v4Handler,
      cardsInquiry: cardsInquiryHandler,
      numberGeneration: numberGenerationHandler,
    }, contractsDir),
    errors: firstVisionErrors,
    authenticate: authenticateFirstVision(config, tokens, seen),
    sandbox: () => ({ config, organizations }),
  };
}
