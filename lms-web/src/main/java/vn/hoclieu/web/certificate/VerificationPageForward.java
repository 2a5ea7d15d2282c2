package vn.hoclieu.web.certificate;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code /verify/HL-…}, the address in the QR codes, shows the public verification page for that code. */
@WebServlet(urlPatterns = {"/verify", "/verify/*"})
public class VerificationPageForward extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String code = path == null ? "" : path.substring(1);
        String target = code.isBlank() ? "/verify.xhtml" : "/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        request.getRequestDispatcher(target).forward(request, response);
    }
}
