import type { DemoSeed } from '../../kernel/module';
import { VatTreatment } from './data-package.entity';

const GB = 1_000_000_000;

/** The demo catalogue: South African packages in ZAR cents, UK ones in GBP pence (offered to customers billed in that currency). */
export const DEMO_PACKAGES = [
  { name: 'Home Fibre 25/10', downloadKbps: 25_000, uploadKbps: 10_000, dataCapBytes: null, monthlyPriceCents: 49_900, market: 'za' },
  { name: 'Home Fibre 50/25', downloadKbps: 50_000, uploadKbps: 25_000, dataCapBytes: null, monthlyPriceCents: 69_900, market: 'za' },
  { name: 'Home Fibre 100/50', downloadKbps: 100_000, uploadKbps: 50_000, dataCapBytes: null, monthlyPriceCents: 89_900, market: 'za' },
  { name: 'Business Fibre 200/200', downloadKbps: 200_000, uploadKbps: 200_000, dataCapBytes: null, monthlyPriceCents: 199_900, market: 'za' },
  { name: 'Wireless Lite 10/2 (100 GB)', downloadKbps: 10_000, uploadKbps: 2_000, dataCapBytes: 100 * GB, monthlyPriceCents: 29_900, market: 'za', overageCentsPerGb: 1_500 },
  { name: 'LTE 60 GB', downloadKbps: 20_000, uploadKbps: 5_000, dataCapBytes: 60 * GB, monthlyPriceCents: 39_900, market: 'za', overageCentsPerGb: 2_000 },
  { name: 'UK Superfast 80/20', downloadKbps: 80_000, uploadKbps: 20_000, dataCapBytes: null, monthlyPriceCents: 2_600, market: 'uk' },
  { name: 'UK Full Fibre 150', downloadKbps: 150_000, uploadKbps: 30_000, dataCapBytes: null, monthlyPriceCents: 3_200, market: 'uk' },
  { name: 'UK Full Fibre 500', downloadKbps: 500_000, uploadKbps: 75_000, dataCapBytes: null, monthlyPriceCents: 4_500, market: 'uk' },
  { name: 'UK Rural Wireless 30', downloadKbps: 30_000, uploadKbps: 5_000, dataCapBytes: 200 * GB, monthlyPriceCents: 2_200, market: 'uk', overageCentsPerGb: 100 },
  { name: 'Legacy ADSL 4/1', downloadKbps: 4_096, uploadKbps: 1_024, dataCapBytes: null, monthlyPriceCents: 19_900, market: 'za', active: false },
] as const;

/** The demo catalogue, once (kept when it exists: a re-seed adds only what is missing). */
export async function seedDemoCatalogue(demo: DemoSeed) {
  const rows = DEMO_PACKAGES.map((p) => ({
    name: p.name,
    download_kbps: p.downloadKbps,
    upload_kbps: p.uploadKbps,
    data_cap_bytes: p.dataCapBytes,
    monthly_price_cents: p.monthlyPriceCents,
    currency: p.market === 'uk' ? 'GBP' : 'ZAR',
    vat_treatment: VatTreatment.STANDARD,
    active: 'active' in p ? p.active : true,
    overage_billed: 'overageCentsPerGb' in p,
    overage_cents_per_gb: 'overageCentsPerGb' in p ? p.overageCentsPerGb : null,
  }));
  await demo.em.query(
    `INSERT INTO data_package (name, download_kbps, upload_kbps, data_cap_bytes, monthly_price_cents, currency, vat_treatment, active, overage_billed, overage_cents_per_gb)
     SELECT * FROM json_to_recordset($1::json) AS r(name text, download_kbps int, upload_kbps int, data_cap_bytes bigint, monthly_price_cents int, currency char(3),
                                                  vat_treatment vat_treatment, active boolean, overage_billed boolean, overage_cents_per_gb int)
     ON CONFLICT (name) DO NOTHING`,
    [JSON.stringify(rows)],
  );
}
