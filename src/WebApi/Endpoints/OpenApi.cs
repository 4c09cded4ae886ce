namespace GoTrs.WebApi.Endpoints;

/// <summary>The OpenAPI document at /swagger/v1/swagger.json and its UI at /swagger.</summary>
public static class OpenApi
{
    public static IServiceCollection AddGoTrsOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new Microsoft.OpenApi.OpenApiInfo
            {
                Title = "GoTrs API",
                Version = "v1",
                Description = "OTRS-compatible help desk. Authenticate with POST /api/v1/auth/login and send the access token as 'Authorization: Bearer <token>'.",
            });
            options.AddSecurityDefinition("Bearer", new Microsoft.OpenApi.OpenApiSecurityScheme
            {
                Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
            });
            options.AddSecurityRequirement(document => new Microsoft.OpenApi.OpenApiSecurityRequirement
            {
                [new Microsoft.OpenApi.OpenApiSecuritySchemeReference("Bearer", document)] = [],
            });
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    /// <summary>"TicketSummaryDto" becomes "TicketSummary"; generics name their arguments: "ArticlePagedList".</summary>
    private static string SchemaId(Type type)
    {
        var name = type.Name.Replace("Dto", "");
        if (!type.IsGenericType) return name;
        return string.Concat(type.GetGenericArguments().Select(SchemaId)) + name[..name.IndexOf('`')];
    }

    public static void MapGoTrsOpenApi(this WebApplication app)
    {
        app.MapSwagger().AllowAnonymous();
        app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "GoTrs API v1"));
    }
}
