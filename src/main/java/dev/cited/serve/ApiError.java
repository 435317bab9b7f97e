package dev.cited.serve;

/**
 * An error answered as {@code {"error": code, "message": message}} with an HTTP status.
 *
 * @see CitedServer
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }
}
