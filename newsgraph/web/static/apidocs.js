// Starts Swagger UI on the explorer's own OpenAPI description (a file, so the page needs no inline script).
window.addEventListener("load", function () {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
});
