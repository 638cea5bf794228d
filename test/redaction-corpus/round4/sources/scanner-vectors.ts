// Secret-scanner rule test vectors, typed from files read with the search tool's read_file (values only; no code).
// Each vector is the scanner's own test line; the labelled values are the secret(s) in it (a password alone, never
// the user name). Negatives are the scanners' own false-positive lines (placeholders, variables, low entropy).
//
// Untouched: gitleaks/gitleaks `cmd/generate/config/rules/*.go` (MIT) TPs and FPs, and Yelp/detect-secrets
// (Apache-2.0) e-mail and public-IP plugin tests. Dev: Yelp/detect-secrets `tests/plugins/keyword_test.py`.

type Kind = 'api_key' | 'private_key' | 'jwt' | 'password' | 'secret' | 'email' | 'ip_address';
export interface Vector {
  text: string;
  expected: { kind: Kind; value: string }[];
  from: string;
}

const GL = (file: string, commit: string) => `gitleaks/gitleaks cmd/generate/config/rules/${file} @ ${commit} (MIT)`;
const CURL = GL('curl.go', '09eba9f67a17a5d01f0eb8c431e3a1eda676ffc5');
const AZURE = GL('azure.go', '02788fb5ec7f20b962f5e01437f4baacbca3e8fa');
const K8S = GL('kubernetes.go', '1592c1c7987a8d86f4d036e5a8e007c31f409cc3');
const pw = (value: string) => ({ kind: 'password' as const, value });
const key = (value: string) => ({ kind: 'api_key' as const, value });
const sec = (value: string) => ({ kind: 'secret' as const, value });

export const GITLEAKS_POSITIVES: Vector[] = [
  { text: 'curl --cacert ca.crt -u elastic:P@ssw0rd$1 https://localhost:9200', expected: [pw('P@ssw0rd$1')], from: CURL },
  { text: "sh-5.0$ curl -k -X POST https://infinispan:11222/rest/v2/caches/default/hello \\\n  -H 'Content-type: text/plain' \\\n  -d 'world' \\\n  -u developer:yqDVtkqPECriaLRi", expected: [pw('yqDVtkqPECriaLRi')], from: CURL },
  { text: 'curl -u ":d2LkV78zLx!t" https://localhost:9200', expected: [pw('d2LkV78zLx!t')], from: CURL },
  { text: "curl -sw '%{http_code}' -X POST --user  'johns:h0pk1ns~21s' $GItHUB_API_URL/$GIT_COMMIT --data", expected: [pw('h0pk1ns~21s')], from: CURL },
  { text: 'curl --user roger23@gmail.com:pQ9wTxu4Fg https://www.dropbox.com/cli_link?host_id=abcdefg -v', expected: [{ kind: 'email', value: 'roger23@gmail.com' }, pw('pQ9wTxu4Fg')], from: CURL },
  { text: "curl -s --user 'api:d2LkV78zLx!t' \\\n    https://api.mailgun.net/v2/sandbox91d3515882ecfaa1c65be642.mailgun.org/messages", expected: [pw('d2LkV78zLx!t')], from: CURL },
  { text: 'curl -s -v --user "j.smith:dB2yF6@qL9vZm1P#4J" "https://api.contoso.org/user/me"', expected: [pw('dB2yF6@qL9vZm1P#4J')], from: CURL },
  { text: 'curl -X POST --user "{acd3c08b-74e8-4f44-a2d0-80694le24f46}":"{ZqL5kVrX1n8tA2}" --header "Accept: application/json" https://gateway.watsonplatform.net/language-translator/api', expected: [pw('ZqL5kVrX1n8tA2')], from: CURL },
  { text: "curl --user kevin:'pRf7vG2h1L8nQkW9' -iX PATCH -H \"Content-Type: application/json\" -d", expected: [pw('pRf7vG2h1L8nQkW9')], from: CURL },
  { text: '$ curl https://api.dropbox.com/oauth2/token \\\n  --user c28wlsosanujy2z:qgsnai0xokrw4j1 --data grant_type=authorization_code', expected: [pw('qgsnai0xokrw4j1')], from: CURL },
  { text: "curl --header  'Authorization:  5eb4223e-5008-46e5-be67-c7b8f2732305'", expected: [sec('5eb4223e-5008-46e5-be67-c7b8f2732305')], from: CURL },
  { text: "curl -H 'Authorization: Basic YnJvd3Nlcjo=' \\", expected: [sec('YnJvd3Nlcjo=')], from: CURL },
  { text: 'curl -k -X POST --header "Authorization: Basic djJlNEpYa0NJUHZ5a2FWT0VRXzRqZmZUdDkwYTp2emNBZGFzZWpmlWZiUDc2VUJjNDNNVDExclVh" "https://api-qa.example.com:8243/token" -d "grant_type=client_credentials"', expected: [sec('djJlNEpYa0NJUHZ5a2FWT0VRXzRqZmZUdDkwYTp2emNBZGFzZWpmlWZiUDc2VUJjNDNNVDExclVh')], from: CURL },
  { text: 'curl -X POST -H "Content-Type: application/json" \\\n -H "Authorization: Basic MzUzYjMwMmM0NDU3NGY1NjUwNDU2ODdlNTM0ZTdkNmE6Mjg2OTI0Njk3ZTYxNWE2NzJhNjQ2YTQ5MzU0NTY0NmM=" \\\n  \'http://localhost:8080/oauth2-provider/v1.0/users\'', expected: [sec('MzUzYjMwMmM0NDU3NGY1NjUwNDU2ODdlNTM0ZTdkNmE6Mjg2OTI0Njk3ZTYxNWE2NzJhNjQ2YTQ5MzU0NTY0NmM=')], from: CURL },
  { text: "#curl -X POST \\\n#  https://api.mailgun.net/v3/sandbox7dbcabccd4314c123e8b23599d35f5b6.mailgun.org/messages \\\n#  -H 'Authorization: Basic YXBpOmtleS1hN2MzNDJ3MzNhNWQxLTU2M2U3MjlwLTZhYjI3YzYzNzM0Ng==' \\\n#  -F subject='Hello'", expected: [sec('YXBpOmtleS1hN2MzNDJ3MzNhNWQxLTU2M2U3MjlwLTZhYjI3YzYzNzM0Ng==')], from: CURL },
  { text: '# curl -X GET "http://localhost:3000/api/cron/status" -H "Authorization: Bearer cfcabd11c7ed9a41b1a3e063c32d5114"', expected: [sec('cfcabd11c7ed9a41b1a3e063c32d5114')], from: CURL },
  { text: "curl -X PUT -H 'Authorization: Bearer jC+6TUUjCNHcVtAXpcqBCgxnA8r+qD6MatnYaf/+289y7HWpK0BWPyLHv/K4DMN32fufwmeVVjlo8zjgBh8kx3GfS6IqO70w1DVMSCTwX7fhEpiXaxzv0mhSMHDX9Kw63Q6DkavUWUV+MDNhCF5wGQrcdQNncVRF3YkuDHDT/xw2YWyZ/DX8k+gAYiC8gcD8Ueg0ljBVS1IDwPjuGoFPESJVxYr0MDPF2D8Pn2S5rq692U4D9ZLuluS46VA4DK6ig5P7QM5XVXi4V7vXM8qpN/zqneyz+w4PUh6NIX7QG6JczMhYd9maWRWVat5jDdyII63P6sNAy9QZjw+ClW211Q==' http://127.0.0.1:8443/desks/1/occupy", expected: [sec('jC+6TUUjCNHcVtAXpcqBCgxnA8r+qD6MatnYaf/+289y7HWpK0BWPyLHv/K4DMN32fufwmeVVjlo8zjgBh8kx3GfS6IqO70w1DVMSCTwX7fhEpiXaxzv0mhSMHDX9Kw63Q6DkavUWUV+MDNhCF5wGQrcdQNncVRF3YkuDHDT/xw2YWyZ/DX8k+gAYiC8gcD8Ueg0ljBVS1IDwPjuGoFPESJVxYr0MDPF2D8Pn2S5rq692U4D9ZLuluS46VA4DK6ig5P7QM5XVXi4V7vXM8qpN/zqneyz+w4PUh6NIX7QG6JczMhYd9maWRWVat5jDdyII63P6sNAy9QZjw+ClW211Q==')], from: CURL },
  { text: 'curl https://api.openai.com/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer 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" \\', expected: [key('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')], from: CURL },
  { text: 'curl -X GET "https://api.cloudflare.com/client/v4/user/tokens/verify" \\\n     -H "Authorization: Bearer _FXNljbSRYMWx3TWrd7lgKhLtVZX6iskC8Wcbb4b" \\\n     -H "Content-Type:application/json"', expected: [key('_FXNljbSRYMWx3TWrd7lgKhLtVZX6iskC8Wcbb4b')], from: CURL },
  { text: 'curl -H "Authorization: Bearer sha256~bRLFnzd59Z3XpZH5_seJPHALOuvbWiKwbFKSsoALkgp"', expected: [key('sha256~bRLFnzd59Z3XpZH5_seJPHALOuvbWiKwbFKSsoALkgp')], from: CURL },
  { text: 'curl -H "Authorization: Api-Token 22cb987851bc5659l29114c62e60c79abd0d2c08" --request PUT https://appsecclass.report/api/use/635', expected: [sec('22cb987851bc5659l29114c62e60c79abd0d2c08')], from: CURL },
  { text: 'curl -H "Authorization: Token 22cb987851bc5659229114c62e60c79abd0d2c08" --request PUT https://appsecclass.report/api/use/635', expected: [sec('22cb987851bc5659229114c62e60c79abd0d2c08')], from: CURL },
  { text: 'curl -L -H "Authorization:eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb25maWRlbmNlIjowLjh9.kvRPfjAhLhtRTczoRgctVGp7KY1QVH3UBZM-gM0x8ec" service1.local -> correct jwt ', expected: [{ kind: 'jwt', value: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb25maWRlbmNlIjowLjh9.kvRPfjAhLhtRTczoRgctVGp7KY1QVH3UBZM-gM0x8ec' }], from: CURL },
  { text: 'curl -X GET \\\n     -H "apikey: c4ed6c21-9dd5-4a05-8e3f-c56d1151cce8" \\\n     -H "Accept: application/json" \\', expected: [key('c4ed6c21-9dd5-4a05-8e3f-c56d1151cce8')], from: CURL },
  { text: 'curl -X POST --header "Api-Token: Sk94HG7f6KB"', expected: [key('Sk94HG7f6KB')], from: CURL },
  { text: 'curl -XPOST http://localhost:8080/api/tasks -H "Content-Type: application/x-www-form-urlencoded; charset=UTF-8" -H "Token: 3fea6af1349166ea" -d "content=hello-curl"', expected: [sec('3fea6af1349166ea')], from: CURL },
  { text: 'curl -X GET https://octopus.corp.net/\n     -H "X-Octopus-ApiKey: 3a16750d-d363-41a4-8ebd-035408f7730f" \\', expected: [key('3a16750d-d363-41a4-8ebd-035408f7730f')], from: CURL },
  { text: 'client_secret=bP88Q~rcBcYjzzOhg1Hnn76Wm3jGgakZiZ.8vMgR', expected: [sec('bP88Q~rcBcYjzzOhg1Hnn76Wm3jGgakZiZ.8vMgR')], from: AZURE },
  { text: 'client_secret: .IQ8Q~79R7TOWOspFnWcEG-dYt4KXqFqxK16cxr', expected: [sec('.IQ8Q~79R7TOWOspFnWcEG-dYt4KXqFqxK16cxr')], from: AZURE },
  { text: 'AUTH_CLIENTSECRET = _V28Q~IC8qxmlWNpHuDm34JlbKv9LXV5MvUR3a-P', expected: [sec('_V28Q~IC8qxmlWNpHuDm34JlbKv9LXV5MvUR3a-P')], from: AZURE },
  { text: '<value xsi:type="xsd:string">~Gg8Q~nVhlLi2vpg_nXBGqFsbGK-t~Hus1JmTa0y</value>', expected: [sec('~Gg8Q~nVhlLi2vpg_nXBGqFsbGK-t~Hus1JmTa0y')], from: AZURE },
  { text: '"CLIENT_SECRET": "YYz7Q~Sudoqwap1PnzEBA3zqBK~i5uesDIv.C"', expected: [sec('YYz7Q~Sudoqwap1PnzEBA3zqBK~i5uesDIv.C')], from: AZURE },
  { text: "Set-PSUAuthenticationMethod -Type 'OpenIDConnect' -CallbackPath '/auth/oidc' -ClientId 'fake' -ClientSecret '2Vq7Q~q5VgKljZ7cb3.0sp0Apz.vOjRIPyeTr'", expected: [sec('2Vq7Q~q5VgKljZ7cb3.0sp0Apz.vOjRIPyeTr')], from: AZURE },
  { text: 'client-secret: "t028Q~-aLbmQuinnZtzbgtlEAYstnBWEmGPAoBm"', expected: [sec('t028Q~-aLbmQuinnZtzbgtlEAYstnBWEmGPAoBm')], from: AZURE },
  { text: '"cas.authn.azure-active-directory.client-secret=qHF8Q~PCM5HhMoyTFc5TYEomnzR6Kim9UJhe8a.P",', expected: [sec('qHF8Q~PCM5HhMoyTFc5TYEomnzR6Kim9UJhe8a.P')], from: AZURE },
  { text: '"line": "client_srt = \\"qpF8Q~PCM5MhMoyTFc5TYEomnYRUKim9UJhe8a2P\\";",', expected: [sec('qpF8Q~PCM5MhMoyTFc5TYEomnYRUKim9UJhe8a2P')], from: AZURE },
  { text: "\"client_secret\":       acctest.Representation{RepType: acctest.Required, Create: 'dO29Q~F5-VwnW.lZdd11xFF_t5NAXCaGwDl9NbT1'},", expected: [sec('dO29Q~F5-VwnW.lZdd11xFF_t5NAXCaGwDl9NbT1')], from: AZURE },
  { text: 'Example= GN.7Q~4AkLZBNEbz4Jxlm~O5G6SsyFxYg6zMR', expected: [sec('GN.7Q~4AkLZBNEbz4Jxlm~O5G6SsyFxYg6zMR')], from: AZURE },
  { text: '"the_value": "QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn"', expected: [sec('QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn')], from: AZURE },
  { text: '(use the client secret: QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn)', expected: [sec('QtT8Q~9C-_Ij~RouHVpD2Tuf3oHWGh.DQ3kcjbAn')], from: AZURE },
  { text: 'SECRET_KEY = "django-insecure-123456789!%_&*^)abcdef"', expected: [sec('django-insecure-123456789!%_&*^)abcdef')], from: GL('django.go', 'bb18c6d9a0c3c9e8873dc6774989a9b8e297bb8d') },
  { text: 'const HEROKU_KEY = "63866443-cb87-446f-8bf0-80e9be787301"', expected: [key('63866443-cb87-446f-8bf0-80e9be787301')], from: GL('heroku.go', '072b5fe7af46e3dfe574361967d96ec3bcb428bc') },
  { text: 'heroku_api_key = "832d2129-a846-4e27-99f4-7004b6ad53ef"', expected: [key('832d2129-a846-4e27-99f4-7004b6ad53ef')], from: GL('heroku.go', '072b5fe7af46e3dfe574361967d96ec3bcb428bc') },
  { text: 'const KEY = "HRKU-AAlQ1aVoHDujJ9QsDHdHlHO0hbzhoERRSO45ZQusSYHg_____w4_hLrAym_u""', expected: [key('HRKU-AAlQ1aVoHDujJ9QsDHdHlHO0hbzhoERRSO45ZQusSYHg_____w4_hLrAym_u')], from: GL('heroku.go', '072b5fe7af46e3dfe574361967d96ec3bcb428bc') },
  { text: 'API_Key = "HRKU-AAy9Ppr_HD2pPuTyIiTYInO0hbzhoERRSO93ZQusSYHgaD7_WQ07FnF7L9FX"', expected: [key('HRKU-AAy9Ppr_HD2pPuTyIiTYInO0hbzhoERRSO93ZQusSYHgaD7_WQ07FnF7L9FX')], from: GL('heroku.go', '072b5fe7af46e3dfe574361967d96ec3bcb428bc') },
  { text: 'sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopby56aaaogaopaaaabc123xyzAA', expected: [key('sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yza789bcde-1234fghijklmnopby56aaaogaopaaaabc123xyzAA')], from: GL('anthropic.go', '71ab52c7c3bf6409baedfc07e67874855db54ced') },
  { text: 'sk-ant-admin01-abc12fake-456def789ghij-klmnopqrstuvwx-3456yza789bcde-12fakehijklmnopby56aaaogaopaaaabc123xyzAA', expected: [key('sk-ant-admin01-abc12fake-456def789ghij-klmnopqrstuvwx-3456yza789bcde-12fakehijklmnopby56aaaogaopaaaabc123xyzAA')], from: GL('anthropic.go', '71ab52c7c3bf6409baedfc07e67874855db54ced') },
  { text: 'maxmind_license_key = "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"', expected: [key('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')], from: GL('maxmind.go', '09eba9f67a17a5d01f0eb8c431e3a1eda676ffc5') },
  { text: 'clickhouse_api_key = "4b1dbRdW3rOcB7xLthrM4BTBGK1qPLkHigpN1bXD6z"', expected: [key('4b1dbRdW3rOcB7xLthrM4BTBGK1qPLkHigpN1bXD6z')], from: GL('clickhouse.go', '02788fb5ec7f20b962f5e01437f4baacbca3e8fa') },
  { text: 'generic_api_token = "CLOJARS_34bf0e88955ff5a1c328d6a7491acc4f48e865a7b8dd4d70a70749037443"', expected: [key('CLOJARS_34bf0e88955ff5a1c328d6a7491acc4f48e865a7b8dd4d70a70749037443')], from: GL('generic.go', '032da0d47d4537e8a88463d5577a7ced041c15a6') },
  { text: 'generic_secret = "Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB"', expected: [sec('Zf3D0LXCM3EIMbgJpUNnkRtOfOueHznB')], from: GL('generic.go', '032da0d47d4537e8a88463d5577a7ced041c15a6') },
  { text: '"client_secret" : "6da89121079f83b2eb6acccf8219ea982c3d79bccc3e9c6a85856480661f8fde",', expected: [sec('6da89121079f83b2eb6acccf8219ea982c3d79bccc3e9c6a85856480661f8fde')], from: GL('generic.go', '032da0d47d4537e8a88463d5577a7ced041c15a6') },
  { text: 'JWT := eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwic3ViZSI6IjEyMzQ1Njc4OTAiLCJuYW1lZWEiOiJKb2huIERvZSIsInN1ZmV3YWZiIjoiMTIzNDU2Nzg5MCIsIm5hbWVmZWF3ZnciOiJKb2huIERvZSIsIm5hbWVhZmV3ZmEiOiJKb2huIERvZSIsInN1ZndhZndlYWIiOiIxMjM0NTY3ODkwIiwibmFtZWZ3YWYiOiJKb2huIERvZSIsInN1YmZ3YWYiOiIxMjM0NTY3ODkwIiwibmFtZndhZSI6IkpvaG4gRG9lIiwiaWZ3YWZhYXQiOjE1MTYyMzkwMjJ9.a_5icKBDo-8EjUlrfvz2k2k-FYaindQ0DEYNrlsnRG0', expected: [{ kind: 'jwt', value: 'eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwic3ViZSI6IjEyMzQ1Njc4OTAiLCJuYW1lZWEiOiJKb2huIERvZSIsInN1ZmV3YWZiIjoiMTIzNDU2Nzg5MCIsIm5hbWVmZWF3ZnciOiJKb2huIERvZSIsIm5hbWVhZmV3ZmEiOiJKb2huIERvZSIsInN1ZndhZndlYWIiOiIxMjM0NTY3ODkwIiwibmFtZWZ3YWYiOiJKb2huIERvZSIsInN1YmZ3YWYiOiIxMjM0NTY3ODkwIiwibmFtZndhZSI6IkpvaG4gRG9lIiwiaWZ3YWZhYXQiOjE1MTYyMzkwMjJ9.a_5icKBDo-8EjUlrfvz2k2k-FYaindQ0DEYNrlsnRG0' }], from: GL('jwt.go', '08c6d3cf5924853ef6039b7a73091359bc22e00d') },
  { text: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: heketi-secret\n  namespace: default\ndata:\n  # base64 encoded password. E.g.: echo -n "mypassword" | base64\n  key: bXlwYXNzd29yZA==', expected: [sec('bXlwYXNzd29yZA==')], from: K8S },
  { text: "apiVersion: v1\n data:\n \textra: YWRtaW46cGFzc3dvcmQ=\n kind: secret\n metadata:\n\t name: secret-sa-sample\n\t annotations:\n\t \tkubernetes.io/service-account.name: 'sa-name'", expected: [sec('YWRtaW46cGFzc3dvcmQ=')], from: K8S },
  { text: "apiVersion: v1\ndata:\n\tpassword: UyFCXCpkJHpEc2I9\n\tusername: YWRtaW4=\nkind: Secret\nmetadata:\n\tcreationTimestamp: '2022-06-28T17:44:13Z'\n\tname: db-user-pass\n\tnamespace: default\ntype: Opaque", expected: [pw('UyFCXCpkJHpEc2I9')], from: K8S },
  { text: 'apiVersion: v1\ndata:\n  .dockercfg: |\n    eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=\nmetadata:\n  name: secret-dockercfg\ntype: kubernetes.io/dockercfg\nkind: Secret\n', expected: [sec('eyJhdXRocyI6eyJodHRwczovL2V4YW1wbGUvdjEvIjp7ImF1dGgiOiJvcGVuc2VzYW1lIn19fQo=')], from: K8S },
];

export const GITLEAKS_NEGATIVES: Vector[] = [
  ...[
    "curl -i -u 'test:test'", '   curl -sL --user "$1:$2" "$3" > "$4"', 'curl -u <user:password> https://test.com/endpoint', 'curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/',
    'curl -u "myusername" http://localhost:15130/api/check_user/', 'curl -u username:token', 'curl -u "${_username}:${_password}"', 'curl -u "${username}":"${password}"',
    'curl -k -X POST -I -u "SRVC_JENKINS:${APPID}"', 'curl -u ":" https://localhost:9200', "curl -sw '%{http_code}' -X POST --user '$USERNAME:$PASSWORD' $GItHUB_API_URL/$GIT_COMMIT --data",
    'curl --user "xxx:yyy"', '           curl -sL --user "$GITHUB_USERNAME:$GITHUB_PASSWORD" "$GITHUB_URL" > "$TESTS_PATH"',
    'curl --silent --fail {{- if and $.Values.username $.Values.password }} --user "{{ $.Values.username }}:{{ $.Values.password }}"', 'curl -XGET -i -u "${{ env.ELK_ID }}:${{ build.env.ELK_PASS }}"',
    'curl -XGET -i -u "${{needs.vault.outputs.account_id}}:${{needs.vault.outputs.account_password}}"', 'curl -X POST --user "$(cat ./login.txt):$(cat ./password.txt)"',
    'curl http://127.0.0.1:5000/file --user user:pass --digest        # digest auth', '   curl -X GET --insecure --user "username:password" \\', 'curl --silent --insecure --user ${f5user}:${f5pass} \\',
    'curl https://example.com/micropub -d h=entry -d "content=Hello World" -H "Authorization: Bearer XXXXXXXXXXXX"', 'curl -X POST https://accounts.spotify.com/api/token -d grant_type=client_credentials --header "Authorization: Basic ..."',
    'curl \\\n  -H "Authorization: Bearer <Openverse API token>" \\\n  "https://api.openverse.org/v1/audio/?q=test"', 'curl -v -X POST https://domain/api/v1/authentication/sso/login-url/ \\\n  -H \'Content-Type: application/json\' \\\n  -H "Authorization: Token **********" \\\n  -d \'{"username": "test", "next": "/luna/"}\'',
    'curl -X GET \\\n     -H "apikey: $API_KEY" \\\n     -H "Accept: $FORMAT" \\\n"$API_URL/rest/v1/stats_derniere_labellisation"', '$ curl -X POST "http://localhost:8000/v1/chat/completions" \\\n    -H "Content-Type: application/json" \\\n    -H "Authorization: Bearer $API_KEY" \\\n    -d \'{"model": "chatglm3-6b-32k"}\'',
  ].map((text) => ({ text, expected: [], from: CURL })),
  ...[
    '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', '.ui.visible.right.sidebar~.ui.visible.left.sidebar~.pusher{transform:translate3d(0,0,0)}', 'buf.WriteString("~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\\n\\n::\\n\\n")',
    "'url': 'http://www.2doc.nl/speel~VARA_101375237~mh17-het-verdriet-van-nederland~.html',", "'#!/registries/5/portainer.demo~2Fportainerregistrytesting~2Falpine',", 'client_secret=bP88Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  ].map((text) => ({ text, expected: [], from: AZURE })),
  ...[
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: registry-auth-data\ntype: Opaque\ndata:\n  htpasswd: \'\'\n',
    'apiVersion: v1\n data:\n \tpassword: {{ .Values.Password }}\n kind: secret\n metadata:\n \tname: secret-sa-sample',
    "apiVersion: 'kubernetes-client.io/v1'\nkind: ExternalSecret\nmetadata:\n  name: actions-exporter\n  namespace: github-actions-exporter\nspec:\n  backendType: secretsManager\n  data:\n    - key: MySecretManagerKey\n      name: github_token\n      property: github_token",
    'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api-key\n  namespace: my-namespace\nspec:\n  secretStoreRef:\n    kind: ClusterSecretStore\n    name: aws-secretsmanager\n  refreshInterval: 1h\n  data:\n    - secretKey: api-key\n      remoteRef:\n        key: my-secrets-manager-secret',
  ].map((text) => ({ text, expected: [], from: K8S })),
  { text: 'const HEROKU_KEY = "12345678-ABCD-ABCD-ABCD-1234567890AB"', expected: [], from: GL('heroku.go', '072b5fe7af46e3dfe574361967d96ec3bcb428bc') },
  { text: 'key = 4b1dXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', expected: [], from: GL('clickhouse.go', '02788fb5ec7f20b962f5e01437f4baacbca3e8fa') },
  { text: 'client_vpn_endpoint_id = aws_ec2_client_vpn_endpoint.client-vpn-endpoint.id', expected: [], from: GL('generic.go', '032da0d47d4537e8a88463d5577a7ced041c15a6') },
  { text: 'password combination.\n\nR5: Regulatory--21', expected: [], from: GL('generic.go', '032da0d47d4537e8a88463d5577a7ced041c15a6') },
  { text: 'DB_PASSWORD=[value]', expected: [], from: GL('database.go', 'acf4df7dfb4cc2aca71ed8b1f57da83ebc8216e2') },
  { text: 'somepwd=XXXXXXXXXXXXXXX', expected: [], from: GL('database.go', 'acf4df7dfb4cc2aca71ed8b1f57da83ebc8216e2') },
  { text: 'anthropic_token = "sk-ant-oat01-tooShort"', expected: [], from: GL('anthropic.go', '71ab52c7c3bf6409baedfc07e67874855db54ced') },
];

const DS_EMAIL = 'Yelp/detect-secrets tests/plugins/email_address_test.py @ 4162cc100f19bdd66e6775d631d430092c492725 (Apache-2.0)';
const DS_IP = 'Yelp/detect-secrets tests/plugins/ip_public_test.py @ 0ff1ac4a80679247b3af1dacf19b8466f0e05f42 (Apache-2.0)';
const email = (value: string) => ({ kind: 'email' as const, value });
const ip = (value: string) => ({ kind: 'ip_address' as const, value });

/** The e-mail values of detect-secrets' tests (valid ones); put into sentences by build.ts. */
export const DS_EMAILS = { from: DS_EMAIL, values: ['user@example.com', 'user.name@example.com', 'user_name@example.com', 'user-name@example.com', 'user+name@example.com', 'user.name+category@example.com', 'user@gmail.com', 'user@yahoo.com', 'user@hotmail.com'] };
export const DS_EMAIL_LINES: Vector[] = [
  { text: 'This is an email address: user@example.com', expected: [email('user@example.com')], from: DS_EMAIL },
  { text: 'user@example.com is a valid email address', expected: [email('user@example.com')], from: DS_EMAIL },
  ...['user@com', '@example.com', 'user@.com', 'user@ex..com'].map((text) => ({ text, expected: [], from: DS_EMAIL })),
];
export const DS_IP_LINES: Vector[] = [
  { text: '133.133.133.133', expected: [ip('133.133.133.133')], from: DS_IP },
  { text: 'This line has an IP address 133.133.133.133@something else', expected: [ip('133.133.133.133')], from: DS_IP },
  { text: '133.133.133.133:8080', expected: [ip('133.133.133.133')], from: DS_IP },
  { text: 'This line has an IP address: 133.133.133.133:8080@something else', expected: [ip('133.133.133.133')], from: DS_IP },
  { text: '1.1.1.1', expected: [ip('1.1.1.1')], from: DS_IP },
  ...['127.0.0.1', '10.0.0.1', '172.16.0.1', '192.168.0.1', '256.256.256.256', '1.2.3', 'github.com'].map((text) => ({ text, expected: [], from: DS_IP })),
];

const DS_KW = 'Yelp/detect-secrets tests/plugins/keyword_test.py @ 04c6d34c4a3fb8e8ef3dbf4d73192e49537de599 (Apache-2.0)';
const HOPE = '{{h}o)p${e]nob(ody[finds>-_$#thisone}}';

/** Dev: detect-secrets' keyword-plugin positives (one value in every assignment form) and negatives. */
export const DETECT_SECRETS_DEV: Vector[] = [
  ...[
    'apikey := "{{h}o)p${e]nob(ody[finds>-_$#thisone}}"', "apikey :='{{h}o)p${e]nob(ody[finds>-_$#thisone}}'", 'apikey:={{h}o)p${e]nob(ody[finds>-_$#thisone}}',
    "'theapikey': '{{h}o)p${e]nob(ody[finds>-_$#thisone}}'", '"theapikey": "{{h}o)p${e]nob(ody[finds>-_$#thisone}}"', 'apikey: "{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
    'apikey:{{h}o)p${e]nob(ody[finds>-_$#thisone}}', 'theapikey:{{h}o)p${e]nob(ody[finds>-_$#thisone}}', 'apikey = @"{{h}o)p${e]nob(ody[finds>-_$#thisone}}"',
    'apikey[]= "{{h}o)p${e]nob(ody[finds>-_$#thisone}}"', 'some_dict["secret"] = "{{h}o)p${e]nob(ody[finds>-_$#thisone}}"', "some_dict['secret'] = {{h}o)p${e]nob(ody[finds>-_$#thisone}}",
    'apikey "{{h}o)p${e]nob(ody[finds>-_$#thisone}}";', 'fooapikeyfoo"{{h}o)p${e]nob(ody[finds>-_$#thisone}}";', "private_key '{{h}o)p${e]nob(ody[finds>-_$#thisone}}';",
  ].map((text) => ({ text, expected: [sec(HOPE)], from: DS_KW })),
  ...[
    'the_password= "{{h}o)p${e]nob(ody[finds>-_$#thisone}}"\n', "the_password='{{h}o)p${e]nob(ody[finds>-_$#thisone}}'\n", 'my_password={{h}o)p${e]nob(ody[finds>-_$#thisone}}',
    'my_password = {{h}o)p${e]nob(ody[finds>-_$#thisone}}', 'the_password={{h}o)p${e]nob(ody[finds>-_$#thisone}}\n',
  ].map((text) => ({ text, expected: [pw(HOPE)], from: DS_KW })),
  ...[
    'theapikey := ""', 'theapikey := "somefakekey"', 'theapikey: ""', 'password: ${link}', 'my_password = ""', "my_password = ''", 'my_password = "fakesecret"', 'open(self, password = ""):',
    'my_password = foo(hey)you', "my_password = request.json_body['hey']", 'my_password = True', 'login(username=username, password=password)', 'private_key "";', 'apiKey: this.apiKey,',
    "apiKey: fs.readFileSync('foo',", '$password = $input;',
  ].map((text) => ({ text, expected: [], from: DS_KW })),
];
