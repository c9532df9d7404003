import { relationshipInquiryHandler } from './relationship-inquiry.js';

/**
 * POST /customer/{customerNumber}/relationshipNumber (2021 spec, Inquire Relationship Customer): the same path
 * parameter, query and answer as GET /customer/{customerNumber}/relationship, so the same rules and codes.
 */
export const relationshipCustomerInquiryHandler = relationshipInquiryHandler;
