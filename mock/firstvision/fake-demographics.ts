import { generateCpf } from '../../src/numbers/cpf.js';
import type { EntityFaker } from '../../src/fake/entity-faker.js';
import type { Demographics } from './domain/firstvision-records.js';

const NEIGHBOURHOODS = ['CENTRO', 'BELA VISTA', 'JARDIM AMERICA', 'VILA NOVA', 'BOA VIAGEM', 'SAVASSI', 'MOINHOS DE VENTO', 'PINHEIROS', 'ALDEOTA', 'BATEL'];

/** Upper-case ASCII (as a mainframe record holds it), cut to `max` characters. */
export function mainframeText(text: string, max: number): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().slice(0, max);
}

/**
 * Realistic pt_BR demographics for one person of a customer, the same every time for the same customer and role
 * (seeded by the sandbox seed and `fv:customer:<number>:<role>`), in Customer Add field names. Whatever the client
 * sent overrides these when the record is shown.
 */
export function fakeDemographics(faker: EntityFaker, customerNumber: string, role: 'owner' | 'coOwner'): Demographics {
  const f = faker.for(`fv:customer:${customerNumber}:${role}`);
  const sex = f.person.sexType();
  const firstName = mainframeText(f.person.firstName(sex), 40);
  const lastName = mainframeText(f.person.lastName(), 40);
  const middleName = mainframeText(f.person.lastName(), 40);
  const ascii = (text: string) => mainframeText(text, 20).toLowerCase().replace(/[^a-z]/g, '');
  const city = mainframeText(f.location.city(), 30);
  return {
    title: sex === 'female' ? 'SRA' : 'SR',
    maritalStatus: String(f.number.int({ min: 0, max: 4 })),
    firstName,
    middleName,
    lastName,
    nameLine1: `${firstName} ${middleName} ${lastName}`.slice(0, 40),
    nameTypeIndicator1: 0,
    houseNumber: String(f.number.int({ min: 1, max: 4999 })),
    houseAddress1: mainframeText(f.location.street(), 40),
    houseAddress2: mainframeText(f.location.secondaryAddress(), 40),
    houseAddress3: f.helpers.arrayElement(NEIGHBOURHOODS),
    city,
    county: city,
    state: f.location.state({ abbreviated: true }),
    postalCode: f.location.zipCode('#####-###'),
    countryCode: 'BRA',
    languageIndicator: 'POR',
    ownOrRentResidenceFlag: f.number.int({ min: 0, max: 3 }),
    genderCode: sex === 'female' ? 2 : 1,
    homePhoneNumber: f.phone.number({ style: 'national' }).slice(0, 20),
    mobilePhoneNumber: `(${f.number.int({ min: 11, max: 99 })}) 9${f.string.numeric(4)}-${f.string.numeric(4)}`,
    homePhoneFlag: 1,
    mobilePhoneFlag: 2,
    emailFlag: 1,
    smsFlag: 1,
    email: `${ascii(firstName)}.${ascii(lastName)}${f.number.int({ min: 1, max: 99 })}@example.com.br`.slice(0, 60),
    dateOfBirth: f.date.birthdate({ mode: 'age', min: 18, max: 80, refDate: '2025-01-01T00:00:00Z' }).toISOString().slice(0, 10),
    identificationNumberFlag: 1,
    identificationNumber: generateCpf((max) => f.number.int({ min: 0, max: max - 1 })),
    employerName: mainframeText(f.company.name(), 40),
    employerAddress1: mainframeText(f.location.streetAddress(), 40),
    employerPhoneNumber: f.phone.number({ style: 'national' }).slice(0, 20),
    employerPhoneFlag: 0,
    position: mainframeText(f.person.jobType(), 4),
    relativeName: mainframeText(f.person.fullName(), 40),
    numberOfDependents: f.number.int({ min: 0, max: 4 }),
    statementMessageIndicator: 0,
    contactIndicator: 0,
  };
}
