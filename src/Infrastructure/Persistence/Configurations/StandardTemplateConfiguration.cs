using GoTrs.Domain.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GoTrs.Infrastructure.Persistence.Configurations;

public sealed class StandardTemplateConfiguration : IEntityTypeConfiguration<StandardTemplate>
{
    public void Configure(EntityTypeBuilder<StandardTemplate> builder)
    {
        builder.MapLookup("standard_template");
        builder.Property(e => e.Text).HasColumnName("text").HasColumnType("character varying");
        builder.Property(e => e.ContentType).HasColumnName("content_type").HasMaxLength(250);
        builder.Property(e => e.TemplateType).HasColumnName("template_type").HasMaxLength(100);
        builder.Property(e => e.Comments).HasColumnName("comments").HasMaxLength(250);
    }
}
