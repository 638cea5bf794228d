// Sandbox card numbers published by payment providers round 2 did not use, as printed on each page (grouping
// kept). Numbers failing Luhn are skipped by build.ts with a warning (a few providers print non-Luhn numbers).
export const PUBLISHED_CARDS: { issuer: string; number: string; from: string }[] = [
  ...[
    ['mastercard', '5413 3300 8909 9999'], ['mastercard', '5100 0600 0000 0002'], ['maestro', '6000 0707 3616 9237 003'],
    ['mastercard', '5520 3300 0000 0001'], ['unionpay', '6243 0300 0000 0001'], ['mastercard', '2308 8800 0000 0000'], ['visa', '4151 5000 0000 0008'],
  ].map(([issuer, number]) => ({ issuer: issuer!, number: number!, from: 'https://docs.adyen.com/point-of-sale/testing-pos-payments/test-card-v2' })),
  ...[['visa', '4111 1100 0702 0006'], ['visa', '4111 1100 0392 0001'], ['visa', '4111 1100 0484 0000']].map(([issuer, number]) => ({
    issuer: issuer!, number: number!, from: 'https://docs.adyen.com/point-of-sale/testing-pos-payments/test-card-v3',
  })),
  ...[['maestro', '6799 9989 0000 0099 990'], ['mastercard', '5413 3300 8999 9990'], ['maestro', '6799 9989 0000 0999 991'], ['mastercard', '5413 3300 8902 0037']].map(
    ([issuer, number]) => ({ issuer: issuer!, number: number!, from: 'https://docs.adyen.com/point-of-sale/testing-pos-payments/test-card-v1' }),
  ),
  { issuer: 'visa', number: '4012000033330026', from: 'https://docs.juicyway.com/payments/capture-payment/cards' },
  { issuer: 'visa', number: '4970101000001002', from: 'https://sogecommerce.societegenerale.eu/doc/en-EN/form-payment/subscription-token/test-cards.html' },
  ...[
    ['visa', '4462 0300 0000 0000'], ['visa', '4543 0597 9001 6721'], ['visa', '4715 0599 9900 0437'], ['visa', '4844 2155 0011 5643'],
    ['mastercard', '5454 6098 9902 6213'], ['mastercard', '5569 5000 0000 2312'], ['mastercard', '5573 4899 0000 0028'], ['maestro', '5641 8200 0000 0005'],
    ['visa', '4444 3333 2222 1111'], ['visa', '4462 0000 0000 0003'], ['visa', '4917 6100 0000 0000'], ['visa', '4484 0000 0000 0312'],
    ['visa', '4245 1900 0000 0212'], ['mastercard', '5413 3300 8901 0483'], ['mastercard', '5124 9900 0000 0002'], ['maestro', '5000 0000 0000 0512'],
  ].map(([issuer, number]) => ({ issuer: issuer!, number: number!, from: 'https://evolve-apidocs-dev.azurewebsites.net/TestCardDetails.html (Access PaySuite)' })),
  ...[
    ['mastercard', '5031 7557 3453 0604'], ['visa', '4170 0688 1010 8020'], ['amex', '3711 8030 3257 522'],
  ].map(([issuer, number]) => ({ issuer: issuer!, number: number!, from: 'https://www.mercadopago.com.uy/developers/en/guides/in-person-payments/qr-code/integration-test' })),
  ...[
    ['mastercard', '5254 1336 7440 3564'], ['visa', '4013 5406 8274 6260'], ['amex', '3743 781877 55283'],
  ].map(([issuer, number]) => ({ issuer: issuer!, number: number!, from: 'https://omega.mercadopago.com.co/developers/en/docs/automatic-payments/Integration-test' })),
  ...[
    ['visa', '4509 9535 6623 3704'], ['mastercard', '5287 3383 1025 3304'], ['visa', '4002 7686 9439 5619'], ['amex', '3711 803032 57522'],
  ].map(([issuer, number]) => ({ issuer: issuer!, number: number!, from: 'https://www.mercadopago.com.ar/developers/en/docs/automatic-payments-orders/integration-test' })),
  ...[
    ['visa', '4235 6477 2802 5682'], ['mastercard', '5031 4332 1540 6351'], ['amex', '3753 651535 56885'], ['visa', '4168 8188 4444 7115'],
    ['mastercard', '5416 7526 0258 2580'], ['amex', '3757 781744 61804'], ['visa', '4075 5957 1648 3764'], ['mastercard', '5474 9254 3267 0366'],
    ['visa', '4009 1753 3280 6176'], ['visa', '4157 2362 1173 6486'], ['mastercard', '5161 4413 1585 2061'],
  ].map(([issuer, number]) => ({ issuer: issuer!, number: number!, from: 'https://www.mercadopago.com.mx/developers/en/guides/online-payments/marketplace/checkout-pro/testing-marketplace/' })),
];
