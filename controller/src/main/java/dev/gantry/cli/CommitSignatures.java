package dev.gantry.cli;

import dev.gantry.pointer.DocumentInvalidException;
import dev.gantry.pointer.DocumentReader;
import dev.gantry.pointer.Environment;
import dev.gantry.pointer.GitOpsLayout;
import dev.gantry.promotion.PointerChange;
import dev.gantry.promotion.jgit.JGitGitOpsWorkspace;
import dev.gantry.signing.AllowedSigners;
import dev.gantry.signing.SignatureVerifier;
import dev.gantry.signing.jgit.JGitSignatureVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The signature column of {@code gantry history}: each commit's signature verified against the
 * environment's allowed signers file as it is at HEAD, the way the controller checks approvals.
 * {@code unsigned} when there is none, {@code unverified} when the environment names no file.
 */
final class CommitSignatures implements AutoCloseable {

    private final JGitGitOpsWorkspace workspace;
    private final Optional<AllowedSigners> signers;
    private final Path workFolder;
    private final SignatureVerifier verifier;

    private CommitSignatures(JGitGitOpsWorkspace workspace, Optional<AllowedSigners> signers, Path workFolder) {
        this.workspace = workspace;
        this.signers = signers;
        this.workFolder = workFolder;
        this.verifier = new JGitSignatureVerifier(workFolder);
    }

    /** Reads the environment's allowed signers file at HEAD, if it names one. */
    static CommitSignatures of(JGitGitOpsWorkspace workspace, String environment) {
        try {
            return new CommitSignatures(workspace, allowedSigners(workspace, environment),
                    Files.createTempDirectory("gantry-signers"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for the allowed signers file", e);
        }
    }

    /** {@code unsigned}, {@code unverified}, {@code good EMAIL}, {@code bad}, {@code unknown-key} or {@code expired}. */
    String of(PointerChange change) {
        if (!change.signed()) {
            return "unsigned";
        }
        if (signers.isEmpty()) {
            return "unverified";
        }
        return verifier.verify(workspace.rawCommit(change.commit()), signers.get()).render();
    }

    private static Optional<AllowedSigners> allowedSigners(JGitGitOpsWorkspace workspace, String environment) {
        String path = GitOpsLayout.environmentPath(environment);
        Optional<String> text = workspace.readAtHead(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            String file = new DocumentReader().readEnvironment(path, text.get().getBytes(StandardCharsets.UTF_8))
                    .value().approval().allowedSigners();
            return Optional.ofNullable(file).flatMap(name -> workspace.readAtHead(name)
                    .map(content -> new AllowedSigners(name, content.getBytes(StandardCharsets.UTF_8))));
        } catch (DocumentInvalidException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(workFolder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + workFolder, e);
        }
    }
}
