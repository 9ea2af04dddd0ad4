package dev.gantry.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlRedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            https://robot:s3cret@git.example.com/org/gitops.git => https://git.example.com/org/gitops.git
            https://u:p@ss@git.example.com/x => https://git.example.com/x
            https://u:p@ss@word@git.example.com:8443/x.git => https://git.example.com:8443/x.git
            https://x-access-token:ghp_s3cret@github.com => https://github.com
            ssh://git:s3cret@git.example.com:2222/org/x.git => ssh://git.example.com:2222/org/x.git
            deploy:s3cret@git.example.com:org/gitops.git => deploy@git.example.com:org/gitops.git
            deploy:p@ss@git.example.com:org/gitops.git => deploy@git.example.com:org/gitops.git
            cannot fetch deploy:s3cret@git.example.com:org/x.git: denied => cannot fetch deploy@git.example.com:org/x.git: denied
            https://gitlab.example.com/x.git?private_token=glpat-s3cret => https://gitlab.example.com/x.git?private_token=****
            https://h.example.com/x?access_token=s3cret&ref=main => https://h.example.com/x?access_token=****&ref=main
            https://h.example.com/x?ref=main&token=s3cret => https://h.example.com/x?ref=main&token=****
            https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAS3CRET&X-Amz-Signature=abcs3cret => https://b.s3.amazonaws.com/k?X-Amz-Credential=****&X-Amz-Signature=****
            https://a.blob.core.windows.net/c?sv=2024&sig=s3cret%3D => https://a.blob.core.windows.net/c?sv=2024&sig=****
            https://h.example.com/cb#access_token=s3cret => https://h.example.com/cb#access_token=****
            'fetch https://u:p@ss@h.example.com/x failed; retry https://v:s3cret@h.example.com/y' => 'fetch https://h.example.com/x failed; retry https://h.example.com/y'
            """)
    void removesEveryCredentialAndNothingElse(String text, String redacted) {
        assertThat(UrlRedactor.redact(text)).isEqualTo(redacted).doesNotContain("s3cret").doesNotContain("ss@");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            git@github.com:org/gitops.git
            https://github.com/org/gitops.git
            ssh://git.example.com/org/x.git
            /srv/git/gitops.git
            file:///srv/git/gitops.git
            https://h.example.com/x?ref=main
            'reconciled 3 objects at 12:34:05 in dev'
            """)
    void leavesTextWithoutCredentialsAsItWas(String text) {
        assertThat(UrlRedactor.redact(text)).isEqualTo(text);
    }
}
