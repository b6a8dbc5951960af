/**
 * Candidate data shared by EML 230b (candidate lists) and 520 (result): CandidateIdentifier,
 * CandidateFullName (xNL PersonName: NameLine NameType="Initials", FirstName, NamePrefix, LastName),
 * Gender (only when kr:ListData PublishGender allows) and QualifyingAddress (Locality or Country).
 */
import type { SaxesAttributeNS } from 'saxes';
import type { Candidate } from '../model/types.ts';
import { attr } from './common.ts';

export class CandidateBuilder {
  c: Candidate = CandidateBuilder.empty();

  static empty(): Candidate {
    return {
      position: '',
      shortCode: null,
      initials: null,
      firstName: null,
      prefix: null,
      lastName: '',
      gender: null,
      locality: null,
      country: null,
    };
  }

  reset(): void {
    this.c = CandidateBuilder.empty();
  }

  open(name: string, attributes: Record<string, SaxesAttributeNS>): void {
    if (name === 'CandidateIdentifier') {
      this.c.position = attr(attributes, 'Id') ?? '';
      this.c.shortCode = attr(attributes, 'ShortCode') ?? null;
    }
  }

  close(name: string, text: string): void {
    const t = text.trim();
    switch (name) {
      case 'xnl:NameLine':
        this.c.initials = t || null;
        break;
      case 'xnl:FirstName':
        this.c.firstName = t || null;
        break;
      case 'xnl:NamePrefix':
        this.c.prefix = t || null;
        break;
      case 'xnl:LastName':
        this.c.lastName = t;
        break;
      case 'Gender':
        this.c.gender = t || null;
        break;
      case 'xal:LocalityName':
        this.c.locality = t || null;
        break;
      case 'xal:CountryNameCode':
        this.c.country = t || null;
        break;
    }
  }
}
