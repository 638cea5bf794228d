// Hostile inputs for the performance test and the benchmark: long runs built to make a backtracking regex go
// quadratic or worse (runs with no terminator, repeated prefixes, separators every character).
export function adversarialInputs(size = 5 * 1024 * 1024): { name: string; text: string }[] {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    { name: 'one letter run', text: fill('a') },
    { name: 'digit run', text: fill('4') },
    { name: 'digits and spaces', text: fill('4 ') },
    { name: 'digits and dots', text: fill('1.') },
    { name: 'digits and hyphens', text: fill('5-') },
    { name: 'hex and colons', text: fill('a1:') },
    { name: 'e-mail look-alike', text: fill('a.b-c_d@e') },
    { name: 'domain labels', text: fill('x@' + 'ab.'.repeat(30)) },
    { name: 'plus digits', text: fill('+1 (') },
    { name: 'key prefixes', text: fill('sk-ghp_AKIA') },
    { name: 'jwt prefixes', text: fill('eyJhbGciOi.eyJ') },
    { name: 'pem headers, no footer', text: fill('-----BEGIN RSA PRIVATE KEY-----\n') },
    { name: 'assignments', text: fill('password=api_key: ') },
    { name: 'attribute pairs', text: fill('key="token" value="') },
    { name: 'bearer', text: fill('Bearer ' + 'Ab1'.repeat(2000) + ' ') },
    { name: 'url userinfo', text: fill('postgres://u:') },
    { name: 'capitalised words', text: fill('12 Aa Bb Cc Dd Ee ') },
    { name: 'german compound', text: fill('Hauptstraßestraße 1 ') },
    { name: 'iban-ish', text: fill('DE89 3704 ') },
    { name: 'comma-separated numbers', text: fill('12 Ab, 3456 Cd, ') },
    { name: 'address-like lines', text: fill('Rue de la Paix 1\n75001 Paris\n') },
    { name: 'street words, no number', text: fill('via rue calle Straße street ') },
    { name: 'han place names', text: fill('北京市朝阳区建国路1号') },
    { name: 'hangul roads', text: fill('서울시 강남구 테헤란로 1 ') },
    { name: 'phone label', text: fill('phone: 1 ') },
    {
      name: 'realistic mix',
      text: fill(
        'Hi, mail jane.doe@gmail.com or call +44 20 7946 0958. ```py\n' +
          'client = OpenAI(api_key="sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z")\n' +
          'color = "#ff00aa"; id = "550e8400-e29b-41d4-a716-446655440000"; host = "10.0.0.12"\n```\n',
      ),
    },
  ];
}
