package dev.cited.chat;

/**
 * Which chat platforms Cited answers on, and their credentials. A platform is on when its secret
 * is set. {@code toString} never prints a secret.
 *
 * @param slackSigningSecret Slack's signing secret; null turns Slack off
 * @param slackBotToken the Slack bot token ({@code xoxb-...}) used to post answers
 * @param slackApiUrl Slack's Web API base URL (a loopback fake in tests)
 * @param mattermostToken the Mattermost slash command or outgoing webhook token; null turns
 *     Mattermost off
 */
public record ChatSettings(
        String slackSigningSecret, String slackBotToken, String slackApiUrl, String mattermostToken) {

    public ChatSettings {
        slackSigningSecret = blankToNull(slackSigningSecret);
        slackBotToken = blankToNull(slackBotToken);
        slackApiUrl = blankToNull(slackApiUrl) == null ? SlackAdapter.DEFAULT_API_URL : slackApiUrl;
        mattermostToken = blankToNull(mattermostToken);
    }

    /** No chat platform. */
    public static ChatSettings none() {
        return new ChatSettings(null, null, null, null);
    }

    @Override
    public String toString() {
        return "ChatSettings[slack " + (slackSigningSecret == null ? "off" : "on") + ", mattermost "
                + (mattermostToken == null ? "off" : "on") + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
