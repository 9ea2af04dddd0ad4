package dev.gantry.review;

/** Opens review requests in one repository of a git host. */
public interface PullRequests {

    /**
     * Opens a pull (or merge) request.
     *
     * @param draft the branches, title and body
     * @return the opened request's number and URL
     * @throws ReviewUnavailableException when the host cannot be reached or refuses: the message
     *     says which (401 token, 403 permission, 404 repository, 409/422 validation such as an
     *     existing request or a missing branch) and never contains the token
     */
    OpenedPullRequest open(PullRequestDraft draft);
}
