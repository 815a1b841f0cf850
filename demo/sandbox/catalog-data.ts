import type { BankStatus } from '../../src/core/protocol/catalog.js';

/** A fixed sandbox bank, before the provider adds its logo URL. */
export interface BankSeed {
  id: string;
  name: string;
  bic: string;
  aliases: string[];
  status?: BankStatus;
  /** Key of a status message in i18n.ts (`statusDown`, `statusDegraded`). */
  statusKey?: 'statusDown' | 'statusDegraded';
  popular?: boolean;
}

export const COUNTRIES = ['PL', 'CZ', 'SK', 'DE', 'ES', 'LT', 'LV', 'EE', 'GB'] as const;
export type SandboxCountry = (typeof COUNTRIES)[number];

const demo = (cc: string): BankSeed => ({
  id: `demo-bank-${cc.toLowerCase()}`,
  name: 'Demo Bank',
  bic: `DEMO${cc}00`,
  aliases: ['Demo', 'Sandbox'],
  popular: true,
});
const down: Pick<BankSeed, 'status' | 'statusKey'> = { status: 'down', statusKey: 'statusDown' };
const degraded: Pick<BankSeed, 'status' | 'statusKey'> = { status: 'degraded', statusKey: 'statusDegraded' };

/** Fictional banks. Any resemblance to a real bank is unintended. */
export const BANK_SEEDS: Record<SandboxCountry, BankSeed[]> = {
  PL: [
    demo('PL'),
    { id: 'bank-lakowy', name: 'Bank Łąkowy', bic: 'LAKOPLPW', aliases: ['Lakowy', 'BŁ'], popular: true },
    { id: 'zolty-bank-spoldzielczy', name: 'Żółty Bank Spółdzielczy', bic: 'ZOLTPLP1', aliases: ['Zolty Bank', 'ŻBS'] },
    { id: 'bank-wislany', name: 'Bank Wiślany', bic: 'WISLPLPK', aliases: ['Wislany'], ...degraded },
    { id: 'bank-polnocny', name: 'Bank Północny', bic: 'POLNPLPG', aliases: ['Polnocny'], ...down },
  ],
  CZ: [
    demo('CZ'),
    { id: 'rekova-banka', name: 'Řeková banka', bic: 'REKOCZPP', aliases: ['Rekova banka', 'ŘB'], popular: true },
    { id: 'banka-sumava', name: 'Banka Šumava', bic: 'SUMACZPP', aliases: ['Sumava'] },
    { id: 'vltavska-uverni', name: 'Vltavská úvěrní banka', bic: 'VLTUCZPP', aliases: ['Vltavska uverni', 'VÚB'] },
    { id: 'hradni-banka', name: 'Hradní banka', bic: 'HRADCZPP', aliases: ['Hradni banka'], ...down },
  ],
  SK: [
    demo('SK'),
    { id: 'tatranska-banka', name: 'Tatranská banka', bic: 'TATRSKBX', aliases: ['Tatranska'], popular: true },
    { id: 'povazska-sporitelna', name: 'Považská sporiteľňa', bic: 'POVASKBX', aliases: ['Povazska sporitelna'] },
    { id: 'dunajska-banka', name: 'Dunajská banka', bic: 'DUNASKBX', aliases: ['Dunajska banka'], ...down },
  ],
  DE: [
    demo('DE'),
    { id: 'strassenbank', name: 'Straßenbank München', bic: 'STRADEMM', aliases: ['Strassenbank', 'Strassenbank Muenchen'], popular: true },
    { id: 'baerenbank', name: 'Nordische Bärenbank', bic: 'BAERDEHH', aliases: ['Baerenbank', 'Barenbank'] },
    { id: 'weisswald-sparkasse', name: 'Weißwald Sparkasse', bic: 'WEISDEF1', aliases: ['Weisswald'], ...degraded },
    { id: 'fluss-soehne', name: 'Fluss & Söhne Privatbank', bic: 'FLUSDEFF', aliases: ['Fluss und Soehne'], ...down },
  ],
  ES: [
    demo('ES'),
    { id: 'banco-montana', name: 'Banco Montaña', bic: 'MONTESMM', aliases: ['Montana'], popular: true },
    { id: 'caja-del-anil', name: 'Caja del Añil', bic: 'ANILESBB', aliases: ['Caja del Anil'] },
    { id: 'banco-senorial', name: 'Banco Señorial', bic: 'SENOESMM', aliases: ['Senorial'], ...down },
  ],
  LT: [
    demo('LT'),
    { id: 'gintare-bankas', name: 'Gintarė bankas', bic: 'GINTLT2X', aliases: ['Gintare'], popular: true },
    { id: 'nemuno-kredito-unija', name: 'Nemuno kredito unija', bic: 'NEMULT21', aliases: ['NKU'] },
    { id: 'siaures-bankas', name: 'Šiaurės bankas', bic: 'SIAULT2X', aliases: ['Siaures bankas'], ...down },
  ],
  LV: [
    demo('LV'),
    { id: 'dzintara-banka', name: 'Dzintara banka', bic: 'DZINLV22', aliases: ['Dzintara'], popular: true },
    { id: 'rigas-kapu-banka', name: 'Rīgas Kāpu banka', bic: 'KAPULV2X', aliases: ['Rigas Kapu'] },
    { id: 'ziemelu-banka', name: 'Ziemeļu banka', bic: 'ZIEMLV22', aliases: ['Ziemelu banka'], ...down },
  ],
  EE: [
    demo('EE'),
    { id: 'parnu-rannapank', name: 'Pärnu Rannapank', bic: 'PARNEE2X', aliases: ['Parnu'], popular: true },
    { id: 'tousu-pank', name: 'Tõusu Pank', bic: 'TOUSEE22', aliases: ['Tousu'] },
    { id: 'pohjala-pank', name: 'Põhjala Pank', bic: 'POHJEE2X', aliases: ['Pohjala'], ...down },
  ],
  GB: [
    demo('GB'),
    { id: 'thistle-crown', name: 'Thistle & Crown Bank', bic: 'THCRGB2L', aliases: ['Thistle and Crown', 'T&C'], popular: true },
    { id: 'bronte-building-society', name: 'Brontë Building Society', bic: 'BRONGB2L', aliases: ['Bronte'] },
    { id: 'bank-of-avalon', name: 'Bank of Avalon', bic: 'AVALGB22', aliases: ['Avalon'], ...degraded },
    { id: 'northgate-bank', name: 'Northgate Bank', bic: 'NGATGB2L', aliases: ['Northgate'], ...down },
  ],
};

/** Word parts used to generate extra banks (`SANDBOX_CATALOG_SIZE`), per country. */
export const NAME_PARTS: Record<SandboxCountry, { words: string[]; suffixes: string[] }> = {
  PL: { words: ['Łódzki', 'Mazowiecki', 'Śląski', 'Pomorski', 'Świętokrzyski', 'Żuławski', 'Kujawski'], suffixes: ['Bank Spółdzielczy', 'Bank', 'Kasa Oszczędności'] },
  CZ: { words: ['Brněnská', 'Plzeňská', 'Ústecká', 'Jihočeská', 'Krkonošská', 'Hanácká'], suffixes: ['banka', 'spořitelna', 'záložna'] },
  SK: { words: ['Žilinská', 'Košická', 'Nitrianska', 'Trenčianska', 'Oravská', 'Liptovská'], suffixes: ['banka', 'sporiteľňa'] },
  DE: { words: ['Süd', 'Nord', 'Rhein', 'Elb', 'Großstadt', 'Münster', 'Bodensee'], suffixes: ['bank', 'sparkasse', 'kreditbank'] },
  ES: { words: ['Castilla', 'Andalucía', 'Logroño', 'Cáceres', 'Galicia', 'Aragón'], suffixes: ['Banco', 'Caja Rural', 'Caixa'] },
  LT: { words: ['Kauno', 'Vilniaus', 'Klaipėdos', 'Šiaulių', 'Panevėžio', 'Žemaitijos'], suffixes: ['bankas', 'kredito unija'] },
  LV: { words: ['Daugavas', 'Kurzemes', 'Vidzemes', 'Latgales', 'Jūrmalas', 'Cēsu'], suffixes: ['banka', 'krājbanka'] },
  EE: { words: ['Tartu', 'Viljandi', 'Saaremaa', 'Võru', 'Järva', 'Läänemaa'], suffixes: ['Pank', 'Hoiupank'] },
  GB: { words: ['Highland', 'Wessex', 'Cumbria', 'Pennine', 'Thames', 'Solent'], suffixes: ['Bank', 'Building Society', 'Savings'] },
};
