package dev.gantry.promotion;

import dev.gantry.pointer.ReleasePointer;
import java.util.List;
import java.util.Optional;

/**
 * One commit that changed one release pointer, and the pointer as that commit left it.
 *
 * @param commit the full 40-hex commit SHA
 * @param path where the pointer lived at this commit (earlier commits may show an older path, across renames)
 * @param author who wrote the change
 * @param committer who committed it
 * @param subject the first line of the commit message
 * @param trailers the message's trailers, in order
 * @param state whether the pointer was there and valid after this commit
 * @param pointer the pointer after this commit, or null unless {@code state} is {@link PointerState#PRESENT}
 * @param signature the commit's raw signature (armored OpenPGP, SSH or X.509), unverified, or null
 */
public record PointerChange(String commit, String path, Person author, Person committer, String subject,
        List<Trailer> trailers, PointerState state, ReleasePointer pointer, String signature) {

    /** Copies the trailers so the record stays immutable. */
    public PointerChange {
        trailers = List.copyOf(trailers);
    }

    /** The first seven characters of the commit SHA. */
    public String shortCommit() {
        return commit.substring(0, 7);
    }

    /** Whether the commit carries a signature; says nothing about whether it verifies. */
    public boolean signed() {
        return signature != null;
    }

    /** The value of the first trailer with this key, ignoring case. */
    public Optional<String> trailer(String key) {
        return trailers.stream().filter(trailer -> trailer.is(key)).map(Trailer::value).findFirst();
    }

    /** The values of every trailer with this key, in order, ignoring case. */
    public List<String> trailers(String key) {
        return trailers.stream().filter(trailer -> trailer.is(key)).map(Trailer::value).toList();
    }

    /** The release this commit left the pointer at, if it left a valid pointer. */
    public Optional<String> release() {
        return Optional.ofNullable(pointer).map(ReleasePointer::release);
    }
}
