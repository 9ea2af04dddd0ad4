{{/* One optional env var read from a Secret's key: (list name secret key). */}}
{{- define "gantry.secretKeyEnv" -}}
{{- $name := index . 0 }}{{ $secret := index . 1 }}{{ $key := index . 2 }}
{{- if $key }}
- name: {{ $name }}
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: {{ $key }}
      optional: true
{{- end }}
{{- end }}

{{/* Credentials from the referenced Secrets, as the environment variables gantry serve reads. */}}
{{- define "gantry.secretEnv" -}}
{{- with .Values.secrets.git }}
{{- if .name }}
{{- if .sshKeyKey }}
- name: GANTRY_GIT_SSHKEY
  value: /etc/gantry/git/ssh-privatekey
- name: GANTRY_GIT_KNOWNHOSTS
  value: /etc/gantry/git/known_hosts
{{- else }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_GIT_TOKEN" .name .tokenKey) }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_GIT_USERNAME" .name .usernameKey) }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_GIT_PASSWORD" .name .passwordKey) }}
{{- end }}
{{- end }}
{{- end }}
{{- with .Values.secrets.registry }}
{{- if .name }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_REGISTRY_HOST" .name .hostKey) }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_REGISTRY_USERNAME" .name .usernameKey) }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_REGISTRY_PASSWORD" .name .passwordKey) }}
{{- end }}
{{- end }}
{{- with .Values.secrets.webhooks }}
{{- if .name }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_WEBHOOKS_GITHUB" .name .githubKey) }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_WEBHOOKS_GITLAB" .name .gitlabKey) }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_WEBHOOKS_GITEA" .name .giteaKey) }}
{{- include "gantry.secretKeyEnv" (list "GANTRY_WEBHOOKS_GENERIC" .name .genericKey) }}
{{- end }}
{{- end }}
{{- end }}
